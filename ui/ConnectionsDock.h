#pragma once

#include "compose/MessageDraft.h"
#include "session/SessionOptions.h"

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeView;
QT_END_NAMESPACE

namespace wsi {

class CollectionModel;

// The "Connections" side panel: the open collection files' folders and saved connections,
// the environment each file expands with and its variables (secret ones masked).
// Double-clicking a connection asks for a tab with it; the selected connection's saved messages
// are listed below the tree, and double-clicking one asks for it in the composer.
class ConnectionsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConnectionsDock(QWidget *parent = nullptr);

    CollectionModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *messages() const { return m_messages; }
    // Opens a collection file; says why not (a dialog) and returns false when it cannot.
    bool openCollection(const QString &path);
    bool createCollection(const QString &path);
    // A Postman collection v2.1 export or a HAR, written as a collection file at target and opened.
    bool importCollection(const QString &source, const QString &target);
    // The file the selection is in (the first one when nothing is selected); -1 with no files.
    int currentFile() const;
    // The environment editor (EnvironmentDialog) on the current file's chosen environment, or on
    // a new one; the file is written when it is accepted.
    void editEnvironment(bool newOne);

signals:
    // A saved connection to open in a tab: its options with the environment's variables expanded.
    void connectionActivated(const wsi::SessionOptions &options, const QString &name);
    void filesChanged();
    // A saved message, its variables expanded, to put into the current tab's composer.
    // The draft keeps secret variables as {{name}}; secrets are their values, for the tab that sends it.
    void messageChosen(const wsi::MessageDraft &draft, const QString &name, const QMap<QString, QString> &secrets);

private:
    void onActivated(const QModelIndex &index);
    void refreshEnvironment();
    void refreshMessages();
    void onMessageActivated(int row);
    void showProblem(const QString &text);

    CollectionModel *m_model;
    QTreeView *m_tree;
    QListWidget *m_messages;
    QComboBox *m_environment;
    QTableWidget *m_variables;
    QList<QPushButton *> m_environmentButtons;
};

} // namespace wsi
