#pragma once

#include "replay/MessageDiff.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace wsi {

// Two log rows side by side: their lines aligned, differing lines marked, and for JSON the
// paths that differ (key order ignored), as replay's comparer sees them.
class CompareDialog final : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QString &leftTitle, const QString &rightTitle, const MessageDiff &diff, QWidget *parent = nullptr);

    QString summary() const;
    QPlainTextEdit *left() const { return m_left; }
    QPlainTextEdit *right() const { return m_right; }

private:
    QLabel *m_summary;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
};

} // namespace wsi
