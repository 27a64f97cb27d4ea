#include "ConnectionsDock.h"

#include "EnvironmentDialog.h"

#include "collection/CollectionImport.h"
#include "collection/CollectionModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsi {

ConnectionsDock::ConnectionsDock(QWidget *parent)
    : QDockWidget(tr("Connections"), parent)
    , m_model(new CollectionModel(this))
    , m_tree(new QTreeView)
    , m_messages(new QListWidget)
    , m_environment(new QComboBox)
    , m_variables(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("connectionsDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *buttons = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("Open…"));
    openButton->setObjectName(QStringLiteral("openCollectionButton"));
    openButton->setToolTip(tr("Open a collection file (several can be open at once)"));
    auto *newButton = new QPushButton(tr("New…"));
    newButton->setObjectName(QStringLiteral("newCollectionButton"));
    newButton->setToolTip(tr("Start a new collection file"));
    auto *importButton = new QPushButton(tr("Import…"));
    importButton->setObjectName(QStringLiteral("importCollectionButton"));
    importButton->setToolTip(tr("Make a collection from a Postman collection (v2.1) or a HAR file's WebSocket URLs"));
    buttons->addWidget(openButton);
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Saved connections"));
    layout->addWidget(m_tree, 3);

    auto *messagesLabel = new QLabel(tr("Saved &messages:"));
    messagesLabel->setBuddy(m_messages);
    m_messages->setObjectName(QStringLiteral("savedMessagesList"));
    m_messages->setToolTip(tr("The selected connection's saved messages: double-click or Enter puts one into the composer"));
    layout->addWidget(messagesLabel);
    layout->addWidget(m_messages, 1);

    auto *environmentRow = new QHBoxLayout;
    auto *environmentLabel = new QLabel(tr("&Environment:"));
    environmentLabel->setBuddy(m_environment);
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    environmentRow->addWidget(environmentLabel);
    environmentRow->addWidget(m_environment, 1);
    auto *editEnvironmentButton = new QPushButton(tr("Edit…"));
    editEnvironmentButton->setObjectName(QStringLiteral("editEnvironmentButton"));
    editEnvironmentButton->setToolTip(tr("Edit this environment's variables: add, rename, remove, mark secret"));
    auto *newEnvironmentButton = new QPushButton(tr("New…"));
    newEnvironmentButton->setObjectName(QStringLiteral("newEnvironmentButton"));
    newEnvironmentButton->setToolTip(tr("Add an environment to this collection"));
    environmentRow->addWidget(editEnvironmentButton);
    environmentRow->addWidget(newEnvironmentButton);
    layout->addLayout(environmentRow);
    connect(editEnvironmentButton, &QPushButton::clicked, this, [this] { editEnvironment(false); });
    connect(newEnvironmentButton, &QPushButton::clicked, this, [this] { editEnvironment(true); });
    connect(m_model, &CollectionModel::environmentChanged, this, &ConnectionsDock::refreshEnvironment);
    m_environmentButtons = {editEnvironmentButton, newEnvironmentButton};

    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variables->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_variables, 2);
    setWidget(content);

    // Double-click or Enter (activated comes with both).
    connect(m_tree, &QTreeView::activated, this, &ConnectionsDock::onActivated);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        if (!parent.isValid())
            m_tree->setCurrentIndex(m_model->fileIndex(first));
        m_tree->expandRecursively(parent.isValid() ? parent : m_model->fileIndex(first));
        refreshEnvironment();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsDock::refreshEnvironment);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionsDock::refreshEnvironment);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionsDock::refreshMessages);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsDock::refreshMessages);
    connect(m_messages, &QListWidget::activated, this, [this](const QModelIndex &index) { onMessageActivated(index.row()); });
    connect(m_environment, &QComboBox::activated, this, [this] {
        const int file = currentFile();
        if (file >= 0)
            m_model->setEnvironment(file, m_environment->currentText());
        refreshEnvironment();
    });
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open collection"), QString(), tr("Collections (*.json);;All files (*)"));
        if (!path.isEmpty())
            openCollection(path);
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New collection"), QStringLiteral("collection.json"),
                                                          tr("Collections (*.json)"));
        if (!path.isEmpty())
            createCollection(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString source = QFileDialog::getOpenFileName(this, tr("Import into a collection"), QString(),
                                                            tr("Postman collections and HAR files (*.json *.har);;All files (*)"));
        if (source.isEmpty())
            return;
        const QString target = QFileDialog::getSaveFileName(this, tr("Save the imported collection"),
                                                            QFileInfo(source).completeBaseName() + QStringLiteral(".wsi.json"),
                                                            tr("Collections (*.json)"));
        if (!target.isEmpty())
            importCollection(source, target);
    });
    refreshEnvironment();
    refreshMessages();
}

bool ConnectionsDock::importCollection(const QString &source, const QString &target)
{
    QString error;
    const std::optional<Collection> collection = CollectionImport::fromFile(source, &error);
    if (!collection || !collection->write(target, false, &error)) {
        showProblem(error);
        return false;
    }
    return openCollection(target);
}

bool ConnectionsDock::openCollection(const QString &path)
{
    QString error;
    if (!m_model->open(path, &error)) {
        showProblem(error);
        return false;
    }
    emit filesChanged();
    return true;
}

bool ConnectionsDock::createCollection(const QString &path)
{
    QString error;
    if (!m_model->create(path, &error)) {
        showProblem(error);
        return false;
    }
    emit filesChanged();
    return true;
}

int ConnectionsDock::currentFile() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        return m_model->locate(current).file;
    return m_model->fileCount() > 0 ? 0 : -1;
}

void ConnectionsDock::onActivated(const QModelIndex &index)
{
    if (m_model->kind(index) != CollectionModel::Kind::Connection)
        return;
    QString error;
    const std::optional<SessionOptions> options = m_model->resolve(index, &error);
    if (!options) {
        showProblem(tr("%1: %2").arg(m_model->connection(index)->name, error));
        return;
    }
    emit connectionActivated(*options, m_model->connection(index)->name);
}

void ConnectionsDock::editEnvironment(bool newOne)
{
    const int file = currentFile();
    if (file < 0)
        return;
    const Environment *chosen = newOne ? nullptr : m_model->collection(file).environment(m_model->environment(file));
    const Environment start = chosen ? *chosen : Environment{newOne ? tr("new") : QStringLiteral("local"), {}};
    const QString oldName = chosen ? chosen->name : QString();
    EnvironmentDialog dialog(start, m_model->secretsInFile(file),
                             [this, file, oldName](const Environment &environment, bool secretsInFile) {
                                 QString error;
                                 m_model->saveEnvironment(file, oldName, environment, secretsInFile, &error);
                                 return error;
                             },
                             this);
    if (dialog.exec() == QDialog::Accepted && newOne)
        m_model->setEnvironment(file, dialog.environment().name);
    refreshEnvironment();
}

void ConnectionsDock::refreshMessages()
{
    m_messages->clear();
    const SavedConnection *saved = m_model->connection(m_tree->currentIndex());
    if (!saved)
        return;
    for (const SavedMessage &message : saved->messages) {
        auto *item = new QListWidgetItem(message.name.isEmpty() ? message.draft.text.left(60) : message.name, m_messages);
        item->setToolTip(message.draft.text); // as written: {{variables}} unexpanded, no secret shown
    }
}

void ConnectionsDock::onMessageActivated(int row)
{
    const QModelIndex connection = m_tree->currentIndex();
    const SavedConnection *saved = m_model->connection(connection);
    if (!saved || row < 0 || row >= saved->messages.size())
        return;
    QString error;
    const std::optional<MessageDraft> draft = m_model->resolveMessage(connection, row, &error);
    if (!draft) {
        showProblem(tr("%1: %2").arg(saved->messages.at(row).name, error));
        return;
    }
    emit messageChosen(*draft, saved->messages.at(row).name, m_model->secretsFor(connection));
}

void ConnectionsDock::refreshEnvironment()
{
    const int file = currentFile();
    m_environment->clear();
    m_variables->setRowCount(0);
    m_environment->setEnabled(file >= 0);
    for (QPushButton *button : std::as_const(m_environmentButtons))
        button->setEnabled(file >= 0);
    if (file < 0)
        return;
    for (const Environment &environment : m_model->collection(file).environments)
        m_environment->addItem(environment.name);
    m_environment->setCurrentText(m_model->environment(file));
    const Environment *environment = m_model->collection(file).environment(m_model->environment(file));
    if (!environment)
        return;
    m_variables->setRowCount(int(environment->variables.size()));
    for (int row = 0; row < environment->variables.size(); ++row) {
        const Variable &variable = environment->variables.at(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(variable.name));
        // A secret is never shown: only whether it has a value.
        auto *value = new QTableWidgetItem(variable.secret ? (variable.value.isEmpty() ? tr("(secret, no value)") : QStringLiteral("••••••••"))
                                                           : variable.value);
        if (variable.secret)
            value->setToolTip(tr("A secret: kept out of the collection file and of recordings"));
        m_variables->setItem(row, 1, value);
    }
}

void ConnectionsDock::showProblem(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Connections"), text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace wsi
