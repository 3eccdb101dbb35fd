#include "Project.h"

#include <algorithm>
#include <utility>

namespace speelveld {

const Snapshot* Project::findSnapshot(const std::string& name) const
{
    auto it = std::find_if(snapshots.begin(), snapshots.end(), [&](const Snapshot& s) { return s.name == name; });
    return it == snapshots.end() ? nullptr : &*it;
}

Snapshot* Project::findSnapshot(const std::string& name)
{
    return const_cast<Snapshot*>(std::as_const(*this).findSnapshot(name));
}

} // namespace speelveld
