#include "LinkBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsi {

namespace {
QLabel *plainLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // a link is someone else's text: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label asks for about 80 characters of width; the bar sits over the log column.
    label->setMinimumWidth(160);
    return label;
}
} // namespace

LinkBar::LinkBar(QWidget *parent)
    : QFrame(parent)
    , m_title(plainLabel(this, "linkTitle"))
    , m_host(plainLabel(this, "linkHost"))
    , m_hostNote(plainLabel(this, "linkHostNote"))
    , m_url(plainLabel(this, "linkUrl"))
    , m_sends(plainLabel(this, "linkSends"))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_connectBare(new QPushButton(tr("Connect without saved settings"), this))
{
    setObjectName(QStringLiteral("linkBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_connect->setObjectName(QStringLiteral("linkConnectButton"));
    m_connect->setToolTip(tr("Connect with the headers, cookies and on-connect messages saved for this URL"));
    m_connectBare->setObjectName(QStringLiteral("linkConnectBareButton"));
    m_connectBare->setToolTip(tr("Connect with default options: nothing saved for this URL is sent"));
    QFont hostFont = m_host->font();
    hostFont.setBold(true);
    hostFont.setPointSizeF(hostFont.pointSizeF() * 1.3);
    m_host->setFont(hostFont);
    m_url->setFont(QFont(QStringLiteral("monospace")));
    m_url->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_host);
    text->addWidget(m_url);
    text->addWidget(m_hostNote);
    text->addWidget(m_sends);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_connectBare);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    connect(m_connect, &QPushButton::clicked, this, [this] { emit connectClicked(true); });
    connect(m_connectBare, &QPushButton::clicked, this, [this] { emit connectClicked(false); });
}

void LinkBar::showReview(const LinkReview &review)
{
    m_review = review;
    const bool ok = review.error.isEmpty();
    m_title->setText(ok ? tr("A link from another program. Not connected: check where it goes.") : review.error);
    m_host->setVisible(ok);
    m_url->setVisible(ok);
    m_sends->setVisible(ok);
    m_connect->setEnabled(ok);
    m_connectBare->setEnabled(ok);
    if (!ok) {
        m_hostNote->hide();
        show();
        return;
    }
    m_host->setText(review.host);
    QStringList notes;
    if (review.asciiHost != review.host)
        notes << tr("On the wire: %1").arg(review.asciiHost);
    if (review.lookAlike())
        notes << (review.oddCharacters.isEmpty()
                      ? tr("The host is written in punycode (xn--): it may look like another name.")
                      : tr("Letters that are not ASCII and can look like others: %1").arg(review.oddCharacters.join(QStringLiteral(", "))));
    if (review.hasPassword)
        notes << tr("The link carries a user name and password of its own.");
    m_hostNote->setText(notes.join(u'\n'));
    m_hostNote->setVisible(!notes.isEmpty());
    m_url->setText(review.url);
    m_url->setToolTip(review.url);
    QStringList sends;
    if (!review.headerNames.isEmpty())
        sends << tr("headers %1").arg(review.headerNames.join(QStringLiteral(", ")));
    if (!review.cookieNames.isEmpty())
        sends << tr("cookies %1").arg(review.cookieNames.join(QStringLiteral(", ")));
    if (review.onConnectMessages > 0)
        sends << tr("on-connect messages: %1").arg(review.onConnectMessages);
    m_sends->setText(sends.isEmpty() ? tr("Nothing is saved for this URL: Connect sends only what the link holds.")
                                     : tr("Connect sends what is saved for this URL: %1.").arg(sends.join(QStringLiteral("; "))));
    m_connectBare->setVisible(review.hasSavedSettings());
    show();
}

} // namespace wsi
