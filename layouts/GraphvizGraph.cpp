#include "GraphvizGraph.h"

#include "layouts/Layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <utility>
#include <vector>

namespace speelveld::graphviz {
namespace {

std::string& messages()
{
    static std::string text;
    return text;
}

int collectMessage(char* message)
{
    messages() += message;
    return 0;
}

/// Graphviz 2.42 takes char*, not const char*: hand it a mutable copy, never a cast-away literal.
struct Mutable {
    explicit Mutable(const std::string& text) : buffer(text.begin(), text.end()) { buffer.push_back('\0'); }
    char* get() { return buffer.data(); }
    std::vector<char> buffer;
};

} // namespace

std::unique_lock<std::mutex> graphvizLock()
{
    static std::mutex mutex;
    std::unique_lock<std::mutex> lock(mutex);
    static bool routed = false;
    if (!routed) {
        agseterrf(&collectMessage);
        routed = true;
    }
    return lock;
}

std::string takeMessages() { return std::exchange(messages(), std::string()); }

Context::Context() : context_(gvContext())
{
    if (context_ == nullptr) {
        throw LayoutError("Graphviz could not start (gvContext failed): " + takeMessages());
    }
}

Context::~Context()
{
    if (context_ != nullptr) {
        gvFreeContext(context_);
    }
}

Context::Context(Context&& other) noexcept : context_(std::exchange(other.context_, nullptr)) {}

Context& Context::operator=(Context&& other) noexcept
{
    if (this != &other) {
        if (context_ != nullptr) {
            gvFreeContext(context_);
        }
        context_ = std::exchange(other.context_, nullptr);
    }
    return *this;
}

Graph::Graph(Context& context, const std::string& name) : context_(&context)
{
    Mutable graphName(name);
    graph_ = agopen(graphName.get(), Agdirected, nullptr);
    if (graph_ == nullptr) {
        throw LayoutError("Graphviz could not create a graph: " + takeMessages());
    }
}

Graph::~Graph() { release(); }

void Graph::release() noexcept
{
    if (graph_ != nullptr) {
        if (laidOut_) {
            gvFreeLayout(context_->get(), graph_);
        }
        agclose(graph_);
        graph_ = nullptr;
    }
}

Graph::Graph(Graph&& other) noexcept
    : context_(other.context_), graph_(std::exchange(other.graph_, nullptr)),
      laidOut_(std::exchange(other.laidOut_, false))
{}

Graph& Graph::operator=(Graph&& other) noexcept
{
    if (this != &other) {
        release();
        context_ = other.context_;
        graph_ = std::exchange(other.graph_, nullptr);
        laidOut_ = std::exchange(other.laidOut_, false);
    }
    return *this;
}

void Graph::declare(int kind, const std::string& name, const std::string& defaultValue)
{
    Mutable attribute(name);
    Mutable value(defaultValue);
    if (agattr(graph_, kind, attribute.get(), value.get()) == nullptr) {
        throw LayoutError("Graphviz refused the attribute " + name + ": " + takeMessages());
    }
}

void Graph::set(void* object, const std::string& name, const std::string& value)
{
    Mutable attribute(name);
    Mutable text(value);
    Mutable empty("");
    if (agsafeset(object, attribute.get(), text.get(), empty.get()) != 0) {
        throw LayoutError("Graphviz refused " + name + "=" + value + ": " + takeMessages());
    }
}

Agnode_s* Graph::addNode(const std::string& name)
{
    Mutable nodeName(name);
    Agnode_t* node = agnode(graph_, nodeName.get(), 1);
    if (node == nullptr) {
        throw LayoutError("Graphviz could not add node " + name + ": " + takeMessages());
    }
    return node;
}

Agedge_s* Graph::addEdge(Agnode_s* tail, Agnode_s* head, const std::string& name)
{
    Mutable edgeName(name);
    Agedge_t* edge = agedge(graph_, tail, head, edgeName.get(), 1);
    if (edge == nullptr) {
        throw LayoutError("Graphviz could not add edge " + name + ": " + takeMessages());
    }
    return edge;
}

Agraph_s* Graph::addSubgraph(const std::string& name)
{
    Mutable subgraphName(name);
    Agraph_t* subgraph = agsubg(graph_, subgraphName.get(), 1);
    if (subgraph == nullptr) {
        throw LayoutError("Graphviz could not add subgraph " + name + ": " + takeMessages());
    }
    return subgraph;
}

void Graph::layout(const std::string& engine)
{
    if (laidOut_) {
        gvFreeLayout(context_->get(), graph_);
        laidOut_ = false;
    }
    // fdp and sfdp draw their starting places from the C library's global generators and seed them only
    // once per process: seed them here, so the same network always gives the same drawing.
    srand48(1);
    std::srand(1);
    if (gvLayout(context_->get(), graph_, engine.c_str()) != 0) {
        std::string why = takeMessages();
        if (why.find("not recognized") != std::string::npos) {
            why += " (Graphviz's plugin list may be missing: run 'dot -c' once as root)";
        }
        throw LayoutError("Graphviz could not lay the network out with " + engine + ": " + why);
    }
    laidOut_ = true;
}

} // namespace speelveld::graphviz
