#pragma once
// Laying a network out: the engines, their defaults by size, and the drawing every renderer uses.

#include "core/Network.h"
#include "layouts/Drawing.h"

#include <optional>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace speelveld {

/// The Graphviz engines Speelveld offers.
enum class LayoutEngine { Dot, Neato, Fdp, Sfdp, Circo, Twopi };

std::string_view toKey(LayoutEngine engine);
std::optional<LayoutEngine> layoutEngineFromKey(std::string_view key);
const std::vector<LayoutEngine>& allLayoutEngines();

/// The engine that lays this network out readably in seconds, chosen by size (docs/LAYOUT.md).
LayoutEngine defaultEngineFor(const Network& network);

/// What a layout needs besides the network.
struct LayoutOptions {
    LayoutEngine engine = LayoutEngine::Neato;
    std::unordered_map<Id, Size> nodeSizes; ///< the sizes the renderer will draw (measured labels)
    Size defaultSize{90, 36};               ///< for actors missing from nodeSizes
};

/// A layout that could not be made (Graphviz's own message included).
class LayoutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Lays the network out with Graphviz. Pinned actors stay where they are. Safe to call from any thread:
/// Graphviz calls are serialised inside. Throws LayoutError.
Drawing layoutNetwork(const Network& network, const LayoutOptions& options);

/// A drawing from the positions stored in the project (straight relations), or nullopt when an actor
/// has no stored position and a real layout is needed.
std::optional<Drawing> drawingFromPositions(const Network& network, const LayoutOptions& options);

/// The box drawn around a group whose members together cover `members`: a margin, and room for the name.
Rect clusterBoxAround(const Rect& members);

/// A straight route for a relation between two drawn actors (used while an actor is dragged).
EdgeDrawing straightEdge(Id relation, const NodeDrawing& from, const NodeDrawing& to);

/// Writes the drawing's centres back as the actors' positions (keeping pinned flags). Returns whether
/// anything changed.
bool storePositions(Network& network, const Drawing& drawing);

} // namespace speelveld
