#pragma once

#include <QTabWidget>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace wsi {

class DecodeBar;
class JsonTreePane;
class MessageLogModel;
struct DecodeSettings;

// The detail pane beside the log: the selected row's whole message (Message: its decode bar and
// text) and its JSON (Tree, with the Text view). Other tabs (Handshake, Frames) are added by
// whoever owns the pane.
class MessageDetailTabs final : public QTabWidget
{
    Q_OBJECT
public:
    explicit MessageDetailTabs(QWidget *parent = nullptr);

    void setModel(MessageLogModel *model);
    // Shows a log row (-1: none).
    void showRow(int row);
    // The row again, after its decoding changed.
    void refresh() { showRow(m_row); }
    // How binary messages are decoded, shown in the bar without emitting.
    void setDecodeSettings(const DecodeSettings &settings);

    DecodeBar *decodeBar() const { return m_decodeBar; }
    JsonTreePane *jsonTree() const { return m_treePane; }

signals:
    // The user chose another way to decode binary messages (already applied to the log).
    void decodeSettingsChanged(const wsi::DecodeSettings &settings);

private:
    void showTree(int row);

    MessageLogModel *m_model = nullptr;
    QWidget *m_messagePage;
    DecodeBar *m_decodeBar;
    QPlainTextEdit *m_detailView;
    JsonTreePane *m_treePane;
    int m_row = -1;
    qint64 m_treeEvent = 0; // the event the tree shows (rows move up when old ones leave)
};

} // namespace wsi
