#include "ConnectionOptionsDialog.h"

#include "ui_ConnectionOptionsDialog.h"

#include <QPushButton>

namespace wsi {

namespace {
QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}
} // namespace

ConnectionOptionsDialog::ConnectionOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionOptionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->liveNoteLabel->hide();
    // 0 attempts means no limit: say so instead of showing a bare 0.
    m_ui->reconnectAttemptsSpin->setSpecialValueText(tr("0 = unlimited"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        SessionOptions defaults;
        defaults.url = m_base.url;
        setOptions(defaults);
    });
    connect(m_ui->heartbeatModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionOptionsDialog::updateEnabledFields);
    connect(m_ui->reconnectCheck, &QCheckBox::toggled, this, &ConnectionOptionsDialog::updateEnabledFields);
}

ConnectionOptionsDialog::~ConnectionOptionsDialog() = default;

void ConnectionOptionsDialog::setLiveConnection(bool live)
{
    m_ui->liveNoteLabel->setVisible(live);
    m_ui->liveNoteLabel->setText(tr("This connection is open: Heartbeat, Reconnect, sending while disconnected and the "
                                    "on-connect messages apply to it at once. Headers, subprotocols, Origin, the timeout, "
                                    "the size limit and TLS apply from the next connect."));
}

void ConnectionOptionsDialog::setOptions(const SessionOptions &o)
{
    m_base = o;
    m_ui->urlLabel->setText(o.url.isEmpty() ? tr("Options for the next connection")
                                            : tr("Options for %1 (remembered for this URL)").arg(o.url.toString()));
    QStringList headers;
    for (const auto &header : o.headers)
        headers << QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second);
    m_ui->headersEdit->setPlainText(headers.join(u'\n'));
    m_ui->subprotocolsEdit->setText(o.subprotocols.join(QStringLiteral(", ")));
    m_ui->originEdit->setText(o.origin);
    m_ui->connectTimeoutSpin->setValue(o.connectTimeoutMs / 1000.0);
    m_ui->maxMessageSpin->setValue(int(o.maxIncomingMessageSize / (1024 * 1024)));
    m_ui->ignoreCertificateCheck->setChecked(o.ignoreCertificateErrors);

    m_ui->heartbeatModeCombo->setCurrentIndex(int(o.heartbeat.mode));
    m_ui->heartbeatIntervalSpin->setValue(o.heartbeat.intervalMs / 1000.0);
    m_ui->heartbeatTimeoutSpin->setValue(o.heartbeat.timeoutMs / 1000.0);
    m_ui->heartbeatPayloadEdit->setText(o.heartbeat.payload);
    m_ui->heartbeatReplyEdit->setText(o.heartbeat.expectedReply);
    m_ui->heartbeatRegexCheck->setChecked(o.heartbeat.replyIsRegex);
    m_ui->heartbeatTrafficCheck->setChecked(o.heartbeat.anyTrafficCountsAsLife);

    m_ui->reconnectCheck->setChecked(o.reconnect.enabled);
    m_ui->reconnectInitialSpin->setValue(o.reconnect.initialDelayMs / 1000.0);
    m_ui->reconnectFactorSpin->setValue(o.reconnect.growthFactor);
    m_ui->reconnectMaxSpin->setValue(o.reconnect.maxDelayMs / 1000.0);
    m_ui->reconnectJitterSpin->setValue(int(o.reconnect.jitter * 100));
    m_ui->reconnectAttemptsSpin->setValue(o.reconnect.maxAttempts);
    m_ui->reconnectResetSpin->setValue(o.reconnect.resetAfterUptimeMs / 1000.0);
    m_ui->reconnectNormalCheck->setChecked(o.reconnect.onNormalClose);
    m_ui->reconnectRejectedCheck->setChecked(o.reconnect.onHandshakeRejected);
    m_ui->offlineCombo->setCurrentIndex(o.offlineSends == SessionOptions::OfflineSends::Queue ? 0 : 1);
    m_ui->onConnectEdit->setPlainText(o.onConnectMessages.join(u'\n'));
    updateEnabledFields();
}

SessionOptions ConnectionOptionsDialog::options() const
{
    SessionOptions o = m_base;
    o.headers.clear();
    for (const QString &line : nonEmptyLines(m_ui->headersEdit->toPlainText())) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            o.headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    o.subprotocols.clear();
    for (const QString &name : m_ui->subprotocolsEdit->text().split(u',')) {
        if (!name.trimmed().isEmpty())
            o.subprotocols << name.trimmed();
    }
    o.origin = m_ui->originEdit->text().trimmed();
    o.connectTimeoutMs = int(m_ui->connectTimeoutSpin->value() * 1000);
    o.maxIncomingMessageSize = quint64(m_ui->maxMessageSpin->value()) * 1024 * 1024;
    o.ignoreCertificateErrors = m_ui->ignoreCertificateCheck->isChecked();

    o.heartbeat.mode = HeartbeatSettings::Mode(m_ui->heartbeatModeCombo->currentIndex());
    o.heartbeat.intervalMs = int(m_ui->heartbeatIntervalSpin->value() * 1000);
    o.heartbeat.timeoutMs = int(m_ui->heartbeatTimeoutSpin->value() * 1000);
    o.heartbeat.payload = m_ui->heartbeatPayloadEdit->text();
    o.heartbeat.expectedReply = m_ui->heartbeatReplyEdit->text();
    o.heartbeat.replyIsRegex = m_ui->heartbeatRegexCheck->isChecked();
    o.heartbeat.anyTrafficCountsAsLife = m_ui->heartbeatTrafficCheck->isChecked();

    o.reconnect.enabled = m_ui->reconnectCheck->isChecked();
    o.reconnect.initialDelayMs = int(m_ui->reconnectInitialSpin->value() * 1000);
    o.reconnect.growthFactor = m_ui->reconnectFactorSpin->value();
    o.reconnect.maxDelayMs = int(m_ui->reconnectMaxSpin->value() * 1000);
    o.reconnect.jitter = m_ui->reconnectJitterSpin->value() / 100.0;
    o.reconnect.maxAttempts = m_ui->reconnectAttemptsSpin->value();
    o.reconnect.resetAfterUptimeMs = int(m_ui->reconnectResetSpin->value() * 1000);
    o.reconnect.onNormalClose = m_ui->reconnectNormalCheck->isChecked();
    o.reconnect.onHandshakeRejected = m_ui->reconnectRejectedCheck->isChecked();
    o.offlineSends = m_ui->offlineCombo->currentIndex() == 0 ? SessionOptions::OfflineSends::Queue
                                                            : SessionOptions::OfflineSends::Refuse;
    o.onConnectMessages = nonEmptyLines(m_ui->onConnectEdit->toPlainText());
    return o;
}

void ConnectionOptionsDialog::updateEnabledFields()
{
    const auto mode = HeartbeatSettings::Mode(m_ui->heartbeatModeCombo->currentIndex());
    const bool heartbeat = mode != HeartbeatSettings::Mode::Off;
    const bool appText = mode == HeartbeatSettings::Mode::AppText;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->heartbeatIntervalSpin), static_cast<QWidget *>(m_ui->heartbeatTimeoutSpin),
                       static_cast<QWidget *>(m_ui->heartbeatTrafficCheck), static_cast<QWidget *>(m_ui->heartbeatPayloadEdit)})
        w->setEnabled(heartbeat);
    m_ui->heartbeatReplyEdit->setEnabled(appText);
    m_ui->heartbeatRegexCheck->setEnabled(appText);
    const bool reconnect = m_ui->reconnectCheck->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->reconnectInitialSpin), static_cast<QWidget *>(m_ui->reconnectFactorSpin),
                       static_cast<QWidget *>(m_ui->reconnectMaxSpin), static_cast<QWidget *>(m_ui->reconnectJitterSpin),
                       static_cast<QWidget *>(m_ui->reconnectAttemptsSpin), static_cast<QWidget *>(m_ui->reconnectResetSpin),
                       static_cast<QWidget *>(m_ui->reconnectNormalCheck), static_cast<QWidget *>(m_ui->reconnectRejectedCheck)})
        w->setEnabled(reconnect);
}

} // namespace wsi
