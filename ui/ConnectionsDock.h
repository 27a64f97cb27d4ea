#pragma once

#include "session/SessionOptions.h"

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QTableWidget;
class QTreeView;
QT_END_NAMESPACE

namespace wsi {

class CollectionModel;

// The "Connections" side panel: the open collection files' folders and saved connections,
// the environment each file expands with and its variables (secret ones masked).
// Double-clicking a connection asks for a tab with it.
class ConnectionsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConnectionsDock(QWidget *parent = nullptr);

    CollectionModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // Opens a collection file; says why not (a dialog) and returns false when it cannot.
    bool openCollection(const QString &path);
    bool createCollection(const QString &path);
    // A Postman collection v2.1 export or a HAR, written as a collection file at target and opened.
    bool importCollection(const QString &source, const QString &target);
    // The file the selection is in (the first one when nothing is selected); -1 with no files.
    int currentFile() const;

signals:
    // A saved connection to open in a tab: its options with the environment's variables expanded.
    void connectionActivated(const wsi::SessionOptions &options, const QString &name);
    void filesChanged();

private:
    void onActivated(const QModelIndex &index);
    void refreshEnvironment();
    void showProblem(const QString &text);

    CollectionModel *m_model;
    QTreeView *m_tree;
    QComboBox *m_environment;
    QTableWidget *m_variables;
};

} // namespace wsi
