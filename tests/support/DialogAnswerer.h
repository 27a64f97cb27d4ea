#pragma once

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace wsi::test {

// Runs fill on the next modal dialog once it is up, then presses its button
// (OK unless fill closed it already), as a person answering it would.
inline void answerNextDialog(QObject *context, const std::function<void(QDialog *)> &fill,
                             QDialogButtonBox::StandardButton button = QDialogButtonBox::Ok)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, fill, button] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
        if (!dialog->isVisible())
            return;
        auto *box = dialog->findChild<QDialogButtonBox *>();
        if (box && box->button(button))
            QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    poll->start();
}

// Answers the next (Qt's own) file dialog with path: typed into its name field, then Enter.
inline void answerNextFileDialog(QObject *context, const QString &path)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    poll->start();
}

} // namespace wsi::test
