#include "FramesView.h"

#include "log/FrameLogModel.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace wsi {

FramesView::FramesView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FrameLogModel(100000, this))
    , m_capture(new QCheckBox(tr("Capture frames"), this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Clear"), this);
    bar->addWidget(m_capture, 1);
    bar->addWidget(clear);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    // A narrow detail pane (1024 px windows) keeps its width: the check box may be cut, not widen
    // it; it takes the room the short Clear button leaves (with a stretch beside them, both were
    // squeezed to nothing).
    m_capture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    clear->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_capture->setMinimumWidth(m_capture->fontMetrics().horizontalAdvance(m_capture->text()) / 2);
    m_capture->setObjectName(QStringLiteral("captureFramesCheck"));
    m_capture->setToolTip(tr("List every frame of this connection as it passes on the wire (the last 100,000)"));
    clear->setObjectName(QStringLiteral("clearFramesButton"));
    clear->setToolTip(tr("Forget the frames listed so far"));
    m_table->setObjectName(QStringLiteral("framesTable"));
    m_table->setAccessibleName(tr("Frames"));
    m_table->setToolTip(tr("Frames as they passed on the wire: a fragmented message shows as several rows"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_capture, &QCheckBox::toggled, m_session, &Session::setCaptureFrames);
    connect(clear, &QPushButton::clicked, m_model, &FrameLogModel::clear);
    connect(m_session, &Session::frameSeen, m_model, &FrameLogModel::append);
    // Follow the newest frame while the reader is at the bottom.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2 * m_table->verticalHeader()->defaultSectionSize())
            m_table->scrollToBottom();
    });
}

} // namespace wsi
