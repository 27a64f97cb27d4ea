#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QTableView;
QT_END_NAMESPACE

namespace wsi {

class FrameLogModel;
class Session;

// The detail pane's Frames tab: the frames of this tab's connection as they passed on the
// wire (opcode, FIN, RSV, mask, length), captured while "Capture frames" is ticked.
class FramesView final : public QWidget
{
    Q_OBJECT
public:
    FramesView(Session *session, QWidget *parent = nullptr);
    FrameLogModel *model() const { return m_model; }

private:
    Session *m_session;
    FrameLogModel *m_model;
    QCheckBox *m_capture;
    QTableView *m_table;
};

} // namespace wsi
