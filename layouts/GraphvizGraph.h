#pragma once
// Owning, move-only wrappers around Graphviz's C handles (GVC_t, Agraph_t and a computed layout).
// Every failed C call becomes a LayoutError carrying Graphviz's own message. Not thread-safe: hold
// graphvizLock() around every use, Graphviz keeps global state.

#include <mutex>
#include <string>

struct GVC_s;
struct Agraph_s;
struct Agnode_s;
struct Agedge_s;

namespace speelveld::graphviz {

/// The one lock that serialises all Graphviz calls in the process.
std::unique_lock<std::mutex> graphvizLock();

/// Owns a GVC_t (plugins, engines); freed with gvFreeContext.
class Context {
public:
    Context();
    ~Context();
    Context(Context&& other) noexcept;
    Context& operator=(Context&& other) noexcept;
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    GVC_s* get() const { return context_; }

private:
    GVC_s* context_ = nullptr;
};

/// Owns a directed, non-strict Agraph_t and, once laid out, its layout (gvFreeLayout, then agclose).
class Graph {
public:
    explicit Graph(Context& context, const std::string& name);
    ~Graph();
    Graph(Graph&& other) noexcept;
    Graph& operator=(Graph&& other) noexcept;
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    Agraph_s* get() const { return graph_; }

    /// Declares an attribute with a default for graphs (kind 0), nodes (1) or edges (2).
    void declare(int kind, const std::string& name, const std::string& defaultValue);
    void set(void* object, const std::string& name, const std::string& value);
    Agnode_s* addNode(const std::string& name);
    Agedge_s* addEdge(Agnode_s* tail, Agnode_s* head, const std::string& name);
    Agraph_s* addSubgraph(const std::string& name);

    /// Runs the engine; throws LayoutError with Graphviz's message when it fails.
    void layout(const std::string& engine);

private:
    void release() noexcept;
    Context* context_ = nullptr;
    Agraph_s* graph_ = nullptr;
    bool laidOut_ = false;
};

/// The messages Graphviz reported since the last call to takeMessages() (errors are routed here, not stderr).
std::string takeMessages();

} // namespace speelveld::graphviz
