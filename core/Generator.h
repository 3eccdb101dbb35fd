#pragma once
// Large, realistic, deterministic networks for benchmarks and scale tests.

#include "Project.h"

#include <cstdint>

namespace speelveld {

/// What to generate: about `actors` actors (at least 20), from `seed`.
struct GeneratorOptions {
    std::size_t actors = 1000;
    std::uint64_t seed = 1;
};

/// A fictional country's social domain: ministries, VNG, regions of municipalities (each with its council,
/// director, access team and client council), network organisations and providers, with roughly ten
/// relations per actor (contracts mostly inside a provider's region, referrals, accountability,
/// collaboration, funding). The same options always give the same project, on every platform.
Project generateProject(const GeneratorOptions& options);

} // namespace speelveld
