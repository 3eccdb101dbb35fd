#pragma once
// The findings panel: the governance mode the tool infers, with its figures, and every role-clarity finding
// as one sentence, with "show me" to pick out the actors and relations behind it on the map.

#include "core/Metrics.h"

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace speelveld::gui {

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const MetricsResult> result, const Network& network);

    QListWidget* list() const { return list_; }
    QLabel* governance() const { return governance_; }
    /// Shows the finding in this row on the map (as the button does).
    void showFinding(int row);

signals:
    void showMe(const std::vector<Id>& actors, const std::vector<Id>& relations);
    void showAll();

private:
    std::shared_ptr<const MetricsResult> result_;
    QLabel* governance_ = nullptr;
    QLabel* summary_ = nullptr;
    QListWidget* list_ = nullptr;
    QPushButton* showMe_ = nullptr;
    QPushButton* showAll_ = nullptr;
};

} // namespace speelveld::gui
