#pragma once

#include "session/LinkReview.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace wsi {

// The bar over a tab opened from a link (wsinspector --open-link): the whole URL, its host large
// (punycode beside letters that are not ASCII), the names of what the saved options would send,
// and the two ways to connect. Until one is clicked the tab does not connect.
class LinkBar final : public QFrame
{
    Q_OBJECT
public:
    explicit LinkBar(QWidget *parent = nullptr);

    void showReview(const LinkReview &review);
    const LinkReview &review() const { return m_review; }

signals:
    void connectClicked(bool withSavedSettings);

private:
    LinkReview m_review;
    QLabel *m_title;
    QLabel *m_host;
    QLabel *m_hostNote;
    QLabel *m_url;
    QLabel *m_sends;
    QPushButton *m_connect;
    QPushButton *m_connectBare;
};

} // namespace wsi
