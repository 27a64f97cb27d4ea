#include "CompareDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace wsi {

namespace {
QPlainTextEdit *sideView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

CompareDialog::CompareDialog(const QString &leftTitle, const QString &rightTitle, const MessageDiff &diff, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_left(sideView(QStringLiteral("compareLeft"), this))
    , m_right(sideView(QStringLiteral("compareRight"), this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1 and %2").arg(leftTitle, rightTitle));
    auto *layout = new QGridLayout(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString text;
    if (diff.equal)
        text = diff.mode == MessageDiff::Mode::Json ? tr("The same JSON (key order ignored, as replay compares).") : tr("The same message.");
    else if (diff.mode == MessageDiff::Mode::Json)
        text = tr("%n place(s) differ:", nullptr, int(diff.differences.size())) + u'\n' + diff.differences.mid(0, 12).join(u'\n')
             + (diff.differences.size() > 12 ? QStringLiteral("\n…") : QString());
    else
        text = tr("The messages differ; the marked lines are not in both.");
    m_summary->setText(text);
    auto *leftLabel = new QLabel(leftTitle, this);
    auto *rightLabel = new QLabel(rightTitle, this);
    leftLabel->setTextFormat(Qt::PlainText);
    rightLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(leftLabel, 1, 0);
    layout->addWidget(rightLabel, 1, 1);
    layout->addWidget(m_left, 2, 0);
    layout->addWidget(m_right, 2, 1);
    layout->setRowStretch(2, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons, 3, 0, 1, 2);

    // The two sides line up row for row: a line only one side has is blank on the other.
    QStringList left, right;
    for (const MessageDiff::Line &line : diff.lines) {
        left << line.left;
        right << line.right;
    }
    m_left->setPlainText(left.join(u'\n'));
    m_right->setPlainText(right.join(u'\n'));
    const QPalette &p = palette();
    const auto mark = [&](QPlainTextEdit *view, bool leftSide) {
        QList<QTextEdit::ExtraSelection> marks;
        QTextBlock block = view->document()->firstBlock();
        for (const MessageDiff::Line &line : diff.lines) {
            if (!block.isValid())
                break;
            const bool only = line.kind == (leftSide ? MessageDiff::LineKind::OnlyLeft : MessageDiff::LineKind::OnlyRight);
            if (line.kind == MessageDiff::LineKind::Changed || only) {
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(block);
                selection.format.setBackground(line.kind == MessageDiff::LineKind::Changed ? Theme::matchTint(p) : Theme::rowTint(p, !leftSide));
                selection.format.setProperty(QTextFormat::FullWidthSelection, true);
                marks << selection;
            }
            block = block.next();
        }
        view->setExtraSelections(marks);
    };
    mark(m_left, true);
    mark(m_right, false);
    // One scroll for both.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    resize(900, 560);
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}

} // namespace wsi
