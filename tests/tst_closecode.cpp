#include "session/CloseCode.h"

#include <QTest>

using wsi::CloseCode;

class tst_CloseCode : public QObject
{
    Q_OBJECT
private slots:
    void describe_data();
    void describe();
    void sendable_data();
    void sendable();
    void frameText_data();
    void frameText();
};

void tst_CloseCode::describe_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("meaningContains");
    QTest::newRow("normal") << 1000 << "Normal closure" << "fulfilled";
    QTest::newRow("going away") << 1001 << "Going away" << "going away";
    QTest::newRow("no status") << 1005 << "No status received" << "no status code";
    QTest::newRow("abnormal") << 1006 << "Abnormal closure" << "without a close frame";
    QTest::newRow("bad utf8") << 1007 << "Invalid frame payload data" << "UTF-8";
    QTest::newRow("too big") << 1009 << "Message too big" << "too big";
    QTest::newRow("internal") << 1011 << "Internal error" << "unexpected condition";
    QTest::newRow("restart") << 1012 << "Service restart" << "restarting";
    QTest::newRow("try later") << 1013 << "Try again later" << "overloaded";
    QTest::newRow("tls") << 1015 << "TLS handshake failure" << "TLS";
    QTest::newRow("library") << 3001 << "Registered (libraries/frameworks)" << "application";
    QTest::newRow("private") << 4000 << "Private use (application)" << "application";
    QTest::newRow("unknown") << 999 << "Unknown" << "not a code";
}

void tst_CloseCode::describe()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, meaningContains);
    QCOMPARE(CloseCode::name(code), name);
    QVERIFY2(CloseCode::meaning(code).contains(meaningContains), qPrintable(CloseCode::meaning(code)));
    QCOMPARE(CloseCode::describe(code), QString::number(code) + u' ' + name);
}

void tst_CloseCode::sendable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1000") << 1000 << true;
    QTest::newRow("1001") << 1001 << true;
    QTest::newRow("1004 reserved") << 1004 << false;
    QTest::newRow("1005 never sent") << 1005 << false;
    QTest::newRow("1006 never sent") << 1006 << false;
    QTest::newRow("1011") << 1011 << true;
    QTest::newRow("1015 never sent") << 1015 << false;
    QTest::newRow("2999") << 2999 << false;
    QTest::newRow("4999") << 4999 << true;
    QTest::newRow("5000") << 5000 << false;
}

void tst_CloseCode::sendable()
{
    QFETCH(int, code);
    QFETCH(bool, valid);
    QCOMPARE(CloseCode::isValidToSend(code), valid);
}

void tst_CloseCode::frameText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("shown"); // frameText of the payload
    QTest::newRow("code and reason") << "1011 upstream boom" << true << QByteArray("\x03\xf3upstream boom", 15) << "1011 upstream boom";
    QTest::newRow("code alone") << "4000" << true << QByteArray("\x0f\xa0", 2) << "4000";
    QTest::newRow("spaces around") << "  1000 bye  " << true << QByteArray("\x03\xe8" "bye", 5) << "1000 bye";
    QTest::newRow("reason keeps inner spaces") << "1000 see  you" << true << QByteArray("\x03\xe8" "see  you", 10) << "1000 see  you";
    QTest::newRow("utf-8 reason") << "1000 再见" << true << QByteArray("\x03\xe8") + QString::fromUtf8("再见").toUtf8() << "1000 再见";
    QTest::newRow("empty: an empty close") << "" << true << QByteArray() << "";
    QTest::newRow("1005 may not be sent") << "1005 x" << false << QByteArray() << "";
    QTest::newRow("not a code") << "bye" << false << QByteArray() << "";
    QTest::newRow("out of range") << "5000 x" << false << QByteArray() << "";
    QTest::newRow("reason of 123 bytes") << "1000 " + QString(123, u'r') << true << QByteArray("\x03\xe8") + QByteArray(123, 'r') << "1000 " + QString(123, u'r');
    QTest::newRow("reason of 124 bytes") << "1000 " + QString(124, u'r') << false << QByteArray() << "";
}

void tst_CloseCode::frameText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, payload);
    QFETCH(QString, shown);
    QString error;
    const std::optional<QByteArray> made = CloseCode::framePayload(text, &error);
    QCOMPARE(made.has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(*made, payload);
    QCOMPARE(CloseCode::frameText(*made), shown);
}

QTEST_GUILESS_MAIN(tst_CloseCode)
#include "tst_closecode.moc"
