#pragma once

#include <QJsonValue>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace wsi {

class JsonHighlighter;
class JsonTreeModel;

// The selected message as a JSON tree: expand and collapse, expand all, search with the
// matches highlighted and next/previous, copy a value or its path ($.items[3].id, what
// replay's --ignore takes). Large documents are parsed off the window's thread. "Text" shows the
// same document as indented, syntax-coloured JSON beside the tree (the first
// JsonTreeModel::TextLimit bytes of a large one).
class JsonTreePane final : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreePane(QWidget *parent = nullptr);

    void showJsonText(const QByteArray &text);
    void showValue(const QJsonValue &value);
    // No tree for this row; why, for the person (empty: no row selected).
    void showNothing(const QString &why);

    JsonTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *textView() const { return m_textView; }
    // Shows the indented text instead of the tree (the Text button).
    void setTextShown(bool shown);
    bool isTextShown() const;

    // Expands every node up to this many; a document with more says so.
    static constexpr int ExpandAllLimit = 5000;

public slots:
    void expandAll();
    void findNext();
    void findPrevious();
    void copyValue();
    void copyPath();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSearchChanged();
    void refreshText();
    void findInText(bool forward);
    void openFirstLevels();
    void goToMatch(int i);
    void showStatus();

    JsonTreeModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_textButton;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QPlainTextEdit *m_textView;
    JsonHighlighter *m_highlighter;
    bool m_textStale = true; // the text view lags the model until it is shown
    QTimer m_fitKeys;
    int m_match = -1;
    QString m_note; // what the status line says besides matches
};

} // namespace wsi
