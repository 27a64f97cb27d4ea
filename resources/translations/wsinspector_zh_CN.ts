<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CborDecoder</name>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>the payload is empty</source>
        <translation>载荷为空</translation>
    </message>
    <message>
        <source>the CBOR data ends too early (item at byte %1 is cut short)</source>
        <translation>CBOR 数据提前结束（第 %1 字节处的数据项不完整）</translation>
    </message>
    <message>
        <source>not valid CBOR at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 CBOR：%2</translation>
    </message>
    <message>
        <source>%1; the %2 items before it are shown</source>
        <translation>%1；显示其之前的 %2 个数据项</translation>
    </message>
    <message>
        <source>only the first %1 items of the CBOR sequence are shown</source>
        <translation>仅显示 CBOR 序列的前 %1 个数据项</translation>
    </message>
    <message>
        <source>CBOR sequence of %1 items</source>
        <translation>包含 %1 个数据项的 CBOR 序列</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>Close &amp;code</source>
        <translation>关闭码(&amp;C)</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>optional, at most 123 bytes</source>
        <translation>可选，最多 123 字节</translation>
    </message>
</context>
<context>
    <name>ConnectionOptionsDialog</name>
    <message>
        <source>Connection options</source>
        <translation>连接选项</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: inspector</source>
        <translation>Authorization: Bearer …
X-Client: inspector</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>额外的请求头</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>chat, echo-protocol</source>
        <translation>chat, echo-protocol</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for the TCP connection and the 101 answer</source>
        <translation>等待 TCP 连接建立和 101 应答的最长时间</translation>
    </message>
    <message>
        <source>Largest incoming message</source>
        <translation>最大接收消息</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A bigger message closes the connection with 1009</source>
        <translation>收到更大的消息时以 1009 关闭连接</translation>
    </message>
    <message>
        <source>Ignore TLS certificate errors for the next connection only</source>
        <translation>仅对下一次连接忽略 TLS 证书错误</translation>
    </message>
    <message>
        <source>Connects to a server whose certificate is not trusted. Never remembered.</source>
        <translation>连接到证书不受信任的服务器。此设置从不记住。</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>Heartbeat mode</source>
        <translation>心跳模式</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Protocol ping frames</source>
        <translation>协议 ping 帧</translation>
    </message>
    <message>
        <source>Application text ping</source>
        <translation>应用层文本 ping</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Reply timeout</source>
        <translation>应答超时</translation>
    </message>
    <message>
        <source>No reply within this time: the link is dead</source>
        <translation>超过此时间没有应答：连接已失效</translation>
    </message>
    <message>
        <source>Ping text</source>
        <translation>ping 文本</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>Expected reply</source>
        <translation>期望的应答</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>Expected reply is a regular expression</source>
        <translation>期望的应答是正则表达式</translation>
    </message>
    <message>
        <source>Any incoming message counts as a sign of life</source>
        <translation>收到任何消息都算作连接存活</translation>
    </message>
    <message>
        <source>So a busy link is not dropped for a late pong</source>
        <translation>这样繁忙的连接不会因为 pong 迟到而被断开</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重连</translation>
    </message>
    <message>
        <source>Reconnect automatically after an abnormal close (never after you close)</source>
        <translation>异常关闭后自动重连（你主动关闭时从不重连）</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>首次延迟</translation>
    </message>
    <message>
        <source>Growth factor</source>
        <translation>增长倍数</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>最长延迟</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>随机抖动</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>0 = keep trying</source>
        <translation>0 = 一直尝试</translation>
    </message>
    <message>
        <source>Reset after up for</source>
        <translation>连接保持多久后重置</translation>
    </message>
    <message>
        <source>Also after a normal close (1000) from the server</source>
        <translation>服务器正常关闭（1000）后也重连</translation>
    </message>
    <message>
        <source>Also after the handshake is refused with HTTP 4xx</source>
        <translation>握手被 HTTP 4xx 拒绝后也重连</translation>
    </message>
    <message>
        <source>While disconnected, Send</source>
        <translation>断开期间点击“发送”时</translation>
    </message>
    <message>
        <source>Sending while disconnected</source>
        <translation>断开期间发送</translation>
    </message>
    <message>
        <source>queues the message until reconnected</source>
        <translation>将消息排队，重连后发送</translation>
    </message>
    <message>
        <source>refuses with a message</source>
        <translation>拒绝并给出提示</translation>
    </message>
    <message>
        <source>On connect, send</source>
        <translation>连接后发送</translation>
    </message>
    <message>
        <source>one message per line, sent after every connect and reconnect</source>
        <translation>每行一条消息，每次连接和重连后发送</translation>
    </message>
    <message>
        <source>On-connect messages</source>
        <translation>连接后发送的消息</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>WebSocket URL (ws:// or wss://). Recent URLs are in the list.</source>
        <translation>WebSocket URL（ws:// 或 wss://）。最近用过的 URL 在列表中。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>WebSocket, or Socket.IO v4 (Engine.IO websocket transport: pings answered, namespace joined, events decoded)</source>
        <translation>WebSocket，或 Socket.IO v4（Engine.IO websocket 传输：自动应答 ping、加入命名空间、解码事件）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Socket.IO v4</source>
        <translation>Socket.IO v4</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Socket.IO namespace joined on every connect</source>
        <translation>每次连接时加入的 Socket.IO 命名空间</translation>
    </message>
    <message>
        <source>Socket.IO namespace</source>
        <translation>Socket.IO 命名空间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the connection (Enter in the URL field)</source>
        <translation>打开连接（在 URL 框中按 Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the connection with code 1000 (or stop reconnecting)</source>
        <translation>以关闭码 1000 关闭连接（或停止重连）</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <source>Headers, subprotocols, Origin, heartbeat, reconnect (remembered per URL)</source>
        <translation>请求头、子协议、Origin、心跳、重连（按 URL 记住）</translation>
    </message>
    <message>
        <source>Connect anyway, this once</source>
        <translation>仍然连接（仅此一次）</translation>
    </message>
    <message>
        <source>Ignore exactly these certificate errors for one connection</source>
        <translation>仅对这一次连接忽略这些证书错误</translation>
    </message>
    <message>
        <source>This URL looks like a Socket.IO server. In plain WebSocket mode it will drop the connection after its ping timeout.</source>
        <translation>这个 URL 看起来是 Socket.IO 服务器。在普通 WebSocket 模式下，它会在 ping 超时后断开连接。</translation>
    </message>
    <message>
        <source>Use Socket.IO mode</source>
        <translation>使用 Socket.IO 模式</translation>
    </message>
    <message>
        <source>Speak Socket.IO v4 on this connection</source>
        <translation>在此连接上使用 Socket.IO v4</translation>
    </message>
</context>
<context>
    <name>DecodeArguments</name>
    <message>
        <source>Decode binary messages as auto, cbor, msgpack, protobuf, gzip, zlib or deflate (none: only the protocol labels): JSON output adds a &quot;decoded&quot; field, text and human output show the decoded form. The recording keeps the raw bytes.</source>
        <translation>将二进制消息解码为 auto、cbor、msgpack、protobuf、gzip、zlib 或 deflate（none：只显示协议标签）：JSON 输出增加 &quot;decoded&quot; 字段，text 和 human 输出显示解码后的形式。录制文件保留原始字节。</translation>
    </message>
    <message>
        <source>Read messages as graphql, stomp, mqtt or jsonrpc (adds &quot;protocol&quot; with a label to JSON lines); default auto: from the subprotocol the server accepted.</source>
        <translation>按 graphql、stomp、mqtt 或 jsonrpc 解读消息（在 JSON 行中增加带标签的 &quot;protocol&quot; 字段）；默认 auto：依据服务器接受的子协议。</translation>
    </message>
    <message>
        <source>With --decode protobuf: the .proto file that describes the messages.</source>
        <translation>与 --decode protobuf 一起使用：描述消息的 .proto 文件。</translation>
    </message>
    <message>
        <source>With --proto: the message type (e.g. demo.Ticker).</source>
        <translation>与 --proto 一起使用：消息类型（例如 demo.Ticker）。</translation>
    </message>
    <message>
        <source>--decode wants one of: %1</source>
        <translation>--decode 需要以下之一：%1</translation>
    </message>
    <message>
        <source>--decode-protocol wants auto, none, graphql, stomp, mqtt or jsonrpc</source>
        <translation>--decode-protocol 需要 auto、none、graphql、stomp、mqtt 或 jsonrpc</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --decode protobuf</source>
        <translation>--proto 和 --proto-type 需与 --decode protobuf 同用</translation>
    </message>
    <message>
        <source>--proto-type needs --proto FILE</source>
        <translation>--proto-type 需要 --proto 文件</translation>
    </message>
</context>
<context>
    <name>DecodeSettings</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>None (hex)</source>
        <translation>不解码（hex）</translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>Raw deflate</source>
        <translation>原始 deflate</translation>
    </message>
</context>
<context>
    <name>GraphQlDecoder</name>
    <message>
        <source>not a GraphQL over WebSocket message</source>
        <translation>不是 GraphQL over WebSocket 消息</translation>
    </message>
    <message>
        <source>a binary frame (the protocol sends JSON text)</source>
        <translation>二进制帧（该协议发送 JSON 文本）</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type: %1</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>a %1 message without an id</source>
        <translation>没有 id 的 %1 消息</translation>
    </message>
    <message>
        <source>connection_error</source>
        <translation>connection_error</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>variables: %1</source>
        <translation>variables: %1</translation>
    </message>
    <message>
        <source>%1 #%2 with errors</source>
        <translation>%1 #%2（含错误）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>error #%1</source>
        <translation>错误 #%1</translation>
    </message>
    <message>
        <source>error #%1: %2</source>
        <translation>错误 #%1：%2</translation>
    </message>
    <message>
        <source>message without a type</source>
        <translation>没有类型的消息</translation>
    </message>
    <message>
        <source>no &quot;type&quot; field</source>
        <translation>没有 &quot;type&quot; 字段</translation>
    </message>
    <message>
        <source>%1 is not a GraphQL over WebSocket message type</source>
        <translation>%1 不是 GraphQL over WebSocket 的消息类型</translation>
    </message>
    <message>
        <source>the variables are not a JSON object: %1</source>
        <translation>variables 不是 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>Inflater</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib 无法启动</translation>
    </message>
    <message>
        <source>the compressed data ends too early (after %1 inflated)</source>
        <translation>压缩数据提前结束（已解压 %1）</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>zlib 错误 %1</translation>
    </message>
    <message>
        <source>the data is not valid %1: %2 (after %3 inflated)</source>
        <translation>数据不是有效的 %1：%2（已解压 %3）</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>deflate</source>
        <translation>deflate</translation>
    </message>
</context>
<context>
    <name>JsonRpcDecoder</name>
    <message>
        <source>not a JSON-RPC object</source>
        <translation>不是 JSON-RPC 对象</translation>
    </message>
    <message>
        <source>a JSON-RPC message is an object (or a batch of them)</source>
        <translation>JSON-RPC 消息应是一个对象（或一批对象组成的批处理）</translation>
    </message>
    <message>
        <source>&quot;jsonrpc&quot; is not &quot;2.0&quot;</source>
        <translation>&quot;jsonrpc&quot; 不是 &quot;2.0&quot;</translation>
    </message>
    <message>
        <source>call %1 #%2</source>
        <translation>调用 %1 #%2</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <source>a response without an id</source>
        <translation>没有 id 的响应</translation>
    </message>
    <message>
        <source>error #%1: %2 %3</source>
        <translation>错误 #%1: %2 %3</translation>
    </message>
    <message>
        <source>result #%1</source>
        <translation>结果 #%1</translation>
    </message>
    <message>
        <source>not a JSON-RPC message</source>
        <translation>不是 JSON-RPC 消息</translation>
    </message>
    <message>
        <source>neither &quot;method&quot; nor &quot;result&quot; or &quot;error&quot;</source>
        <translation>既没有 &quot;method&quot;，也没有 &quot;result&quot; 或 &quot;error&quot;</translation>
    </message>
    <message>
        <source>(not a string or number)</source>
        <translation>（既不是字符串也不是数字）</translation>
    </message>
    <message>
        <source>not JSON-RPC</source>
        <translation>不是 JSON-RPC</translation>
    </message>
    <message>
        <source>a binary frame</source>
        <translation>二进制帧</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>an empty batch</source>
        <translation>空的批处理</translation>
    </message>
    <message>
        <source>batch of %1: %2</source>
        <translation>批处理（%1 个）：%2</translation>
    </message>
    <message>
        <source>an empty batch is not a valid request</source>
        <translation>空的批处理不是有效的请求</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WebSocket Inspector</source>
        <translation>WebSocket Inspector</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close &amp;with code…</source>
        <translation>指定关闭码关闭(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>立即重连(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>S&amp;top reconnecting</source>
        <translation>停止重连(&amp;T)</translation>
    </message>
    <message>
        <source>Connection &amp;options…</source>
        <translation>连接选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MqttDecoder</name>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation>已拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>refused: reason 0x%1</source>
        <translation>已拒绝：原因码 0x%1</translation>
    </message>
    <message>
        <source>a text frame (MQTT over WebSocket is sent in binary frames)</source>
        <translation>文本帧（MQTT over WebSocket 使用二进制帧发送）</translation>
    </message>
    <message>
        <source>part of %1 (continues)</source>
        <translation>%1 的一部分（后续还有）</translation>
    </message>
    <message>
        <source>packet at byte %1: a bad remaining length (more than 4 bytes, or cut short)</source>
        <translation>第 %1 字节处的数据包：剩余长度无效（超过 4 字节或不完整）</translation>
    </message>
    <message>
        <source>packet at byte %1 says %2 bytes follow, but the message has %3</source>
        <translation>第 %1 字节处的数据包声明后面有 %2 字节，但消息中只剩 %3 字节</translation>
    </message>
    <message>
        <source>CONNECT client &quot;%1&quot; (MQTT %2, keep-alive %3 s%4)</source>
        <translation>CONNECT 客户端“%1”（MQTT %2，keep-alive %3 秒%4）</translation>
    </message>
    <message>
        <source>, clean session</source>
        <translation>，clean session</translation>
    </message>
    <message>
        <source>protocol: %1 level %2</source>
        <translation>协议：%1，级别 %2</translation>
    </message>
    <message>
        <source>CONNACK %1%2</source>
        <translation>CONNACK %1%2</translation>
    </message>
    <message>
        <source>, session present</source>
        <translation>，session present</translation>
    </message>
    <message>
        <source>PUBLISH with QoS 3, which does not exist</source>
        <translation>PUBLISH 的 QoS 为 3，该级别不存在</translation>
    </message>
    <message>
        <source>PUBLISH %1 QoS %2</source>
        <translation>PUBLISH %1 QoS %2</translation>
    </message>
    <message>
        <source> #%1</source>
        <translation> #%1</translation>
    </message>
    <message>
        <source> retain</source>
        <translation> retain</translation>
    </message>
    <message>
        <source> dup</source>
        <translation> dup</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>QoS: %1</source>
        <translation>QoS：%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source> (QoS %1)</source>
        <translation>（QoS %1）</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>failure 0x%1</source>
        <translation>失败 0x%1</translation>
    </message>
    <message>
        <source>SUBACK #%1 %2</source>
        <translation>SUBACK #%1 %2</translation>
    </message>
    <message>
        <source>packet type 0 is reserved</source>
        <translation>数据包类型 0 是保留值</translation>
    </message>
    <message>
        <source>%1 is cut short inside its %2 bytes</source>
        <translation>%1 在其 %2 字节内被截断</translation>
    </message>
    <message>
        <source>(begun earlier)</source>
        <translation>（始于之前的消息）</translation>
    </message>
    <message>
        <source>an empty message</source>
        <translation>空消息</translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>the payload is empty</source>
        <translation>载荷为空</translation>
    </message>
    <message>
        <source>only the first %1 MessagePack objects are shown</source>
        <translation>仅显示前 %1 个 MessagePack 对象</translation>
    </message>
    <message>
        <source>the MessagePack data ends too early (object at byte %1 is cut short)</source>
        <translation>MessagePack 数据提前结束（第 %1 字节处的对象不完整）</translation>
    </message>
    <message>
        <source>the MessagePack data nests deeper than %1 levels</source>
        <translation>MessagePack 数据的嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a MessagePack container at byte %1 claims more elements than the payload has bytes</source>
        <translation>第 %1 字节处的 MessagePack 容器声明的元素数多于载荷的字节数</translation>
    </message>
    <message>
        <source>not MessagePack: byte %1 (%2) starts no MessagePack type</source>
        <translation>不是 MessagePack：第 %1 字节（%2）不是任何 MessagePack 类型的开头</translation>
    </message>
    <message>
        <source>not valid MessagePack at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 MessagePack：%2</translation>
    </message>
    <message>
        <source>%1; the %2 objects before it are shown</source>
        <translation>%1；显示其之前的 %2 个对象</translation>
    </message>
    <message>
        <source>MessagePack, %1 objects</source>
        <translation>MessagePack，%1 个对象</translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <source>auto: the gzip header 1f 8b 08</source>
        <translation>自动：gzip 头 1f 8b 08</translation>
    </message>
    <message>
        <source>auto: the CBOR self-describe tag d9 d9 f7</source>
        <translation>自动：CBOR 自描述标签 d9 d9 f7</translation>
    </message>
    <message>
        <source>auto: a zlib header, and the stream inflates with a good checksum</source>
        <translation>自动：zlib 头，且数据流解压后校验和正确</translation>
    </message>
    <message>
        <source>auto recognised no format (no gzip or zlib header, no CBOR self-describe tag); choose one in &quot;Binary as&quot;</source>
        <translation>自动模式未识别出任何格式（没有 gzip 或 zlib 头，也没有 CBOR 自描述标签）；请在“二进制解码为”中选择一种</translation>
    </message>
    <message>
        <source>%1; what inflated before it is shown</source>
        <translation>%1；显示在此之前已解压的内容</translation>
    </message>
    <message>
        <source>inflating stopped at %1 (the message size limit): the data inflates to more; the rest is not shown</source>
        <translation>解压在 %1 处停止（消息大小上限）：数据解压后还有更多；其余部分未显示</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the compressed data are not shown</source>
        <translation>压缩数据结束后的 %1 字节未显示</translation>
    </message>
    <message>
        <source>%1 → JSON (%2)</source>
        <translation>%1 → JSON（%2）</translation>
    </message>
    <message>
        <source>%1 → text (%2)</source>
        <translation>%1 → 文本（%2）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → binary (%2)</source>
        <translation>%1 → 二进制（%2）</translation>
    </message>
    <message>
        <source>JSON output holds the first 64 KiB of the inflated bytes, as base64</source>
        <translation>JSON 输出以 base64 形式包含解压后字节的前 64 KiB</translation>
    </message>
    <message>
        <source>protobuf (%1)</source>
        <translation>protobuf（%1）</translation>
    </message>
    <message>
        <source>the .proto file cannot be read:
%1</source>
        <translation>无法读取 .proto 文件：
%1</translation>
    </message>
    <message>
        <source>the first %1 of %2 fields are read here (--decode in the CLI reads them all)</source>
        <translation>此处只读取 %2 个字段中的前 %1 个（CLI 中的 --decode 会读取全部字段）</translation>
    </message>
    <message>
        <source>not decoded with the schema: %1</source>
        <translation>未按 schema 解码：%1</translation>
    </message>
    <message>
        <source>Not decoded: %1</source>
        <translation>未解码：%1</translation>
    </message>
    <message>
        <source>Not decoded as %1: %2</source>
        <translation>未能解码为 %1：%2</translation>
    </message>
    <message>
        <source>── Decoded as %1 ──</source>
        <translation>── 解码为 %1 ──</translation>
    </message>
    <message>
        <source>── Decoded as %1 (%2) ──</source>
        <translation>── 解码为 %1（%2）──</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>… %1 more characters of the decoded form not shown here</source>
        <translation>… 解码结果还有 %1 个字符未在此显示</translation>
    </message>
</context>
<context>
    <name>ProtobufRaw</name>
    <message>
        <source>byte %1: not a field key (a varint that never ends, or field number 0)</source>
        <translation>第 %1 字节：不是字段键（varint 没有结束，或字段编号为 0）</translation>
    </message>
    <message>
        <source>field %1 at byte %2: the varint never ends</source>
        <translation>第 %2 字节处的字段 %1：varint 没有结束</translation>
    </message>
    <message>
        <source>field %1 at byte %2: the 8-byte value is cut short</source>
        <translation>第 %2 字节处的字段 %1：8 字节的值不完整</translation>
    </message>
    <message>
        <source>field %1 at byte %2: the length never ends</source>
        <translation>第 %2 字节处的字段 %1：长度值没有结束</translation>
    </message>
    <message>
        <source>field %1 at byte %2 says %3 bytes follow, but only %4 do</source>
        <translation>第 %2 字节处的字段 %1 声明后面有 %3 字节，但实际只有 %4 字节</translation>
    </message>
    <message>
        <source>field %1 at byte %2: a group that never ends (or nests too deep)</source>
        <translation>第 %2 字节处的字段 %1：group 没有结束（或嵌套过深）</translation>
    </message>
    <message>
        <source>byte %1: the end of group %2, but no group is open</source>
        <translation>第 %1 字节：group %2 的结束标记，但没有已打开的 group</translation>
    </message>
    <message>
        <source>field %1 at byte %2: the 4-byte value is cut short</source>
        <translation>第 %2 字节处的字段 %1：4 字节的值不完整</translation>
    </message>
    <message>
        <source>byte %1: wire type %2 does not exist (field %3)</source>
        <translation>第 %1 字节：wire type %2 不存在（字段 %3）</translation>
    </message>
    <message>
        <source>protobuf (raw, no schema)</source>
        <translation>protobuf（原始，无 schema）</translation>
    </message>
    <message>
        <source>the payload is empty (an empty message has no fields to show)</source>
        <translation>载荷为空（空消息没有可显示的字段）</translation>
    </message>
    <message>
        <source>the payload is too large for protobuf</source>
        <translation>载荷过大，超出 protobuf 的处理范围</translation>
    </message>
    <message>
        <source>not protobuf wire format: %1</source>
        <translation>不是 protobuf wire 格式：%1</translation>
    </message>
    <message>
        <source>libprotobuf refused it</source>
        <translation>libprotobuf 拒绝解析</translation>
    </message>
    <message>
        <source>the first %1 of %2 fields are shown here</source>
        <translation>此处只显示 %2 个字段中的前 %1 个</translation>
    </message>
</context>
<context>
    <name>ProtobufSchema</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: the protobuf compiler could not read it</source>
        <translation>%1：protobuf 编译器无法读取该文件</translation>
    </message>
    <message>
        <source>protobuf (%1)</source>
        <translation>protobuf（%1）</translation>
    </message>
    <message>
        <source>no .proto file is loaded</source>
        <translation>未加载 .proto 文件</translation>
    </message>
    <message>
        <source>no message type is chosen (%1 has: %2)</source>
        <translation>未选择消息类型（%1 中有：%2）</translation>
    </message>
    <message>
        <source>the message type %1 is not in %2 (it has: %3)</source>
        <translation>消息类型 %1 不在 %2 中（其中有：%3）</translation>
    </message>
    <message>
        <source>the payload is too large for protobuf</source>
        <translation>载荷过大，超出 protobuf 的处理范围</translation>
    </message>
    <message>
        <source>the bytes are not a %1: %2</source>
        <translation>这些字节不是 %1：%2</translation>
    </message>
    <message>
        <source>a field does not match its type in the schema</source>
        <translation>有字段与 schema 中的类型不符</translation>
    </message>
    <message>
        <source>required fields missing: %1</source>
        <translation>缺少必填字段：%1</translation>
    </message>
    <message>
        <source>some fields are not in the schema (or not of its type); they are shown by number</source>
        <translation>部分字段不在 schema 中（或类型不符）；这些字段按编号显示</translation>
    </message>
    <message>
        <source>repeated fields show their first %1 elements here (%2 more not shown)</source>
        <translation>repeated 字段在此只显示前 %1 个元素（另有 %2 个未显示）</translation>
    </message>
    <message>
        <source>(every field has its default value)</source>
        <translation>（所有字段均为默认值）</translation>
    </message>
</context>
<context>
    <name>ProtocolDecoder</name>
    <message>
        <source>Auto (subprotocol)</source>
        <translation>自动（按子协议）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>GraphQL over WebSocket</source>
        <translation>GraphQL over WebSocket</translation>
    </message>
    <message>
        <source>STOMP</source>
        <translation>STOMP</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>JSON-RPC 2.0</source>
        <translation>JSON-RPC 2.0</translation>
    </message>
</context>
<context>
    <name>ProtocolRows</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>── %1 ──</source>
        <translation>── %1 ──</translation>
    </message>
    <message>
        <source>Note: id %1 was used by more than one request; paired with the latest before this response</source>
        <translation>注意：id %1 被多个请求使用；已与此响应之前最近的一个请求配对</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Payload (%1):</source>
        <translation>载荷（%1）：</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 #%2 (no request with this id in the %3 rows before it)</source>
        <translation>%1 #%2（之前的 %3 行中没有此 id 的请求）</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%2 的%1（耗时 %3）</translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation>%1 后得到应答</translation>
    </message>
    <message>
        <source>unanswered so far</source>
        <translation>尚未得到应答</translation>
    </message>
</context>
<context>
    <name>StompDecoder</name>
    <message>
        <source>heart-beat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>an empty message (a heart-beat is an end of line)</source>
        <translation>空消息（心跳是一个换行符）</translation>
    </message>
    <message>
        <source>header line %1 has no name:value</source>
        <translation>头部第 %1 行不是 name:value 形式</translation>
    </message>
    <message>
        <source>the frame does not end with NUL (STOMP §2.2); it may be cut short</source>
        <translation>帧没有以 NUL 结尾（STOMP §2.2）；可能不完整</translation>
    </message>
    <message>
        <source>%1 bytes follow the frame&apos;s NUL (another frame in the same message?)</source>
        <translation>帧的 NUL 之后还有 %1 字节（同一消息中还有另一帧？）</translation>
    </message>
    <message>
        <source>%1 is not a STOMP command</source>
        <translation>%1 不是 STOMP 命令</translation>
    </message>
    <message>
        <source>%1 %2 (accept-version %3, heart-beat %4)</source>
        <translation>%1 %2（accept-version %3，heart-beat %4）</translation>
    </message>
    <message>
        <source>CONNECTED version %1 (heart-beat %2)</source>
        <translation>CONNECTED version %1（heart-beat %2）</translation>
    </message>
    <message>
        <source>SUBSCRIBE %1 (id %2)</source>
        <translation>SUBSCRIBE %1（id %2）</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE id %1</source>
        <translation>UNSUBSCRIBE id %1</translation>
    </message>
    <message>
        <source>MESSAGE %1 (subscription %2)</source>
        <translation>MESSAGE %1（subscription %2）</translation>
    </message>
    <message>
        <source>SEND %1</source>
        <translation>SEND %1</translation>
    </message>
    <message>
        <source>RECEIPT %1</source>
        <translation>RECEIPT %1</translation>
    </message>
    <message>
        <source>ERROR %1</source>
        <translation>ERROR %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>wsi::BigSessionModel</name>
    <message>
        <source>(this row cannot be read: %1)</source>
        <translation>（此行无法读取：%1）</translation>
    </message>
</context>
<context>
    <name>wsi::BigSessionPane</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Filter: text, or /regular expression/ — the whole file is read again  (Ctrl+F)</source>
        <translation>过滤：文本，或 /正则表达式/ — 会重新读取整个文件  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pin / unpin (not for a file this big)</source>
        <translation>标记 / 取消标记（不适用于这么大的文件）</translation>
    </message>
    <message>
        <source>Compare two rows (not for a file this big)</source>
        <translation>比较两行（不适用于这么大的文件）</translation>
    </message>
    <message>
        <source>Not for a file over %1 MiB: its rows are read from the file as they are shown, not kept in memory (the size is the setting log/bigFileMiB)</source>
        <translation>不适用于超过 %1 MiB 的文件：其行在显示时才从文件读取，不保存在内存中（大小由设置 log/bigFileMiB 决定）</translation>
    </message>
    <message>
        <source>%1 rows, read from the file as they are shown</source>
        <translation>%1 行，显示时从文件读取</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%2 行中有 %1 行匹配</translation>
    </message>
    <message>
        <source>%1 of %2 rows match so far (reading the file, %3 %)</source>
        <translation>目前 %2 行中有 %1 行匹配（正在读取文件，%3 %）</translation>
    </message>
</context>
<context>
    <name>wsi::BreakpointPanel</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <source>Forward &amp;edited</source>
        <translation>编辑后转发(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Forward &amp;all</source>
        <translation>全部转发(&amp;A)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>To server</source>
        <translation>发往服务器</translation>
    </message>
    <message>
        <source>To client</source>
        <translation>发往客户端</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>JSON 路径等于</translation>
    </message>
    <message>
        <source>value (JSON or text; empty: any)</source>
        <translation>值（JSON 或文本；留空：任意）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Hold the messages that match</source>
        <translation>暂存匹配的消息</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>The selected held message; change it, then Forward edited</source>
        <translation>所选的暂存消息；修改后点击“编辑后转发”</translation>
    </message>
    <message>
        <source>Sends the editor&apos;s content instead: a text message stays text when the bytes are UTF-8; a binary one stays binary</source>
        <translation>改为发送编辑器中的内容：字节为 UTF-8 时文本消息仍为文本；二进制消息仍为二进制</translation>
    </message>
    <message>
        <source>Releases every held message of every connection, as they are</source>
        <translation>原样放行所有连接的全部暂存消息</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>暂存的消息</translation>
    </message>
    <message>
        <source>Edit as</source>
        <translation>编辑为</translation>
    </message>
    <message>
        <source>regular expression (empty: every message)</source>
        <translation>正则表达式（留空：所有消息）</translation>
    </message>
    <message>
        <source>text the message contains (empty: every message)</source>
        <translation>消息包含的文本（留空：所有消息）</translation>
    </message>
    <message>
        <source>JSON path, e.g. $.type</source>
        <translation>JSON 路径，例如 $.type</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>to server</source>
        <translation>发往服务器</translation>
    </message>
    <message>
        <source>to client</source>
        <translation>发往客户端</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <source>regex %1</source>
        <translation>正则 %1</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 存在</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Nothing is held. A message a breakpoint matches waits here; later messages of its direction wait behind it.</source>
        <translation>没有暂存的消息。与断点匹配的消息会在此等待；同方向的后续消息在它之后等待。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held</source>
        <translation>
            <numerusform>已暂存 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>That message is no longer held (its connection ended)</source>
        <translation>该消息已不再暂存（其连接已结束）</translation>
    </message>
    <message>
        <source>Not forwarded: %1</source>
        <translation>未转发：%1</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>Any message</source>
        <translation>任意消息</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Pings, pongs and closes pass through unless a breakpoint names them. A close is matched as its code and reason, e.g. &quot;1011 upstream boom&quot;.</source>
        <translation>除非有断点指明，否则 ping、pong 和关闭帧都会直接通过。关闭帧按其关闭码和原因匹配，例如“1011 upstream boom”。</translation>
    </message>
    <message>
        <source>any message</source>
        <translation>任意消息</translation>
    </message>
    <message>
        <source>Not forwarded: a control frame carries at most 125 bytes (this is %1)</source>
        <translation>未转发：控制帧最多携带 125 字节（此帧为 %1 字节）</translation>
    </message>
</context>
<context>
    <name>wsi::CheckCommand</name>
    <message>
        <source>wsinspector-cli: cannot make the folder %1
</source>
        <translation>wsinspector-cli：无法创建文件夹 %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) run, %1 failed
</source>
        <translation>
            <numerusform>已运行 %n 个检查，%1 个失败
</numerusform>
        </translation>
    </message>
    <message>
        <source>wsinspector-cli: cannot write %1: %2
</source>
        <translation>wsinspector-cli：无法写入 %1：%2
</translation>
    </message>
</context>
<context>
    <name>wsi::CheckFile</name>
    <message>
        <source>no &quot;step&quot; (connect, send, expect, expectNone, wait, close, expectClose)</source>
        <translation>没有 &quot;step&quot;（connect、send、expect、expectNone、wait、close、expectClose）</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot; (connect, send, expect, expectNone, wait, close, expectClose)</source>
        <translation>未知步骤“%1”（connect、send、expect、expectNone、wait、close、expectClose）</translation>
    </message>
    <message>
        <source>%1 does not take &quot;%2&quot;</source>
        <translation>%1 不接受 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>send: unknown format &quot;%1&quot; (text, json, hex, base64, file, socketio, graphql)</source>
        <translation>send：未知格式“%1”（text、json、hex、base64、file、socketio、graphql）</translation>
    </message>
    <message>
        <source>connect, refused with %1</source>
        <translation>连接，期望被 %1 拒绝</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>send %1 %2</source>
        <translation>发送 %1 %2</translation>
    </message>
    <message>
        <source>expect within %1 ms: %2</source>
        <translation>%1 毫秒内期望：%2</translation>
    </message>
    <message>
        <source>expect next: %1</source>
        <translation>期望下一条：%1</translation>
    </message>
    <message>
        <source>expect no message for %1 ms</source>
        <translation>期望 %1 毫秒内没有消息</translation>
    </message>
    <message>
        <source>expect none for %1 ms: %2</source>
        <translation>期望 %1 毫秒内没有：%2</translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation>等待 %1 毫秒</translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>expect close %1 &quot;%2&quot;</source>
        <translation>期望关闭 %1“%2”</translation>
    </message>
    <message>
        <source>expect close %1</source>
        <translation>期望关闭 %1</translation>
    </message>
    <message>
        <source>expect close</source>
        <translation>期望关闭</translation>
    </message>
    <message>
        <source>%1: say where to connect: &quot;url&quot;, or &quot;collection&quot; and &quot;connection&quot; (one of the two)</source>
        <translation>%1：请指明连接到哪里：&quot;url&quot;，或 &quot;collection&quot; 加 &quot;connection&quot;（二选一）</translation>
    </message>
    <message>
        <source>%1: &quot;connection&quot; needs the &quot;collection&quot; file it is saved in</source>
        <translation>%1：&quot;connection&quot; 需要保存它的 &quot;collection&quot; 文件</translation>
    </message>
    <message>
        <source>%1: no &quot;checks&quot;</source>
        <translation>%1：没有 &quot;checks&quot;</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>%1: check &quot;%2&quot;, step %3: %4</source>
        <translation>%1：检查“%2”，步骤 %3：%4</translation>
    </message>
    <message>
        <source>%1: check &quot;%2&quot; has no steps</source>
        <translation>%1：检查“%2”没有步骤</translation>
    </message>
    <message>
        <source>check &quot;%1&quot;, step %2</source>
        <translation>检查“%1”，步骤 %2</translation>
    </message>
</context>
<context>
    <name>wsi::CheckPlan</name>
    <message>
        <source>%1: %2: variable {{%3}} is not defined (not in the file, the environment or --var)</source>
        <translation>%1：%2：变量 {{%3}} 未定义（文件、环境和 --var 中都没有）</translation>
    </message>
    <message>
        <source>%1: no environment &quot;%2&quot; in %3</source>
        <translation>%1：%3 中没有环境“%2”</translation>
    </message>
    <message>
        <source>%1: --env %2 needs a check file with a &quot;collection&quot;</source>
        <translation>%1：--env %2 需要带有 &quot;collection&quot; 的检查文件</translation>
    </message>
    <message>
        <source>%1: no connection &quot;%2&quot; in %3</source>
        <translation>%1：%3 中没有连接“%2”</translation>
    </message>
    <message>
        <source>%1: connection &quot;%2&quot;: %3</source>
        <translation>%1：连接“%2”：%3</translation>
    </message>
</context>
<context>
    <name>wsi::CheckRunModel</name>
    <message>
        <source>Expected: %1
Got: %2</source>
        <translation>期望：%1
实际：%2</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>wsi::CheckRunPage</name>
    <message>
        <source>Expected (select a failed step)</source>
        <translation>期望（请选择一个失败的步骤）</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Finished: %1 steps passed, %2 failed</source>
        <translation>已完成：%1 个步骤通过，%2 个失败</translation>
    </message>
    <message>
        <source>Finished: all %1 steps passed</source>
        <translation>已完成：全部 %1 个步骤通过</translation>
    </message>
    <message>
        <source>Running… %1 steps passed, %2 failed</source>
        <translation>运行中… %1 个步骤通过，%2 个失败</translation>
    </message>
</context>
<context>
    <name>wsi::CheckRunner</name>
    <message>
        <source>step %1 (%2): expected %3, got %4</source>
        <translation>步骤 %1（%2）：期望 %3，实际 %4</translation>
    </message>
    <message>
        <source>the connection closed (%1 by %2): %3</source>
        <translation>连接已关闭（%1，由 %2 关闭）：%3</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>无原因</translation>
    </message>
    <message>
        <source>a ws:// or wss:// URL</source>
        <translation>一个 ws:// 或 wss:// URL</translation>
    </message>
    <message>
        <source>the connection opened</source>
        <translation>连接已打开</translation>
    </message>
    <message>
        <source>an open connection</source>
        <translation>已打开的连接</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>a message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <source>the message sent</source>
        <translation>消息已发送</translation>
    </message>
    <message>
        <source>an open connection to close</source>
        <translation>可关闭的已打开连接</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>没有 %1</translation>
    </message>
    <message>
        <source>a refusal with HTTP %1</source>
        <translation>以 HTTP %1 拒绝</translation>
    </message>
    <message>
        <source>refused with HTTP %1</source>
        <translation>被 HTTP %1 拒绝</translation>
    </message>
    <message>
        <source>close %1 &quot;%2&quot;</source>
        <translation>关闭 %1“%2”</translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>close %1 &quot;%2&quot; by %3</source>
        <translation>关闭 %1“%2”（由 %3 发起）</translation>
    </message>
    <message>
        <source>nothing within %1 ms</source>
        <translation>%1 毫秒内没有任何内容</translation>
    </message>
    <message>
        <source>no match within %1 ms; the last message: %2</source>
        <translation>%1 毫秒内没有匹配；最后一条消息：%2</translation>
    </message>
    <message>
        <source>no message within %1 ms</source>
        <translation>%1 毫秒内没有消息</translation>
    </message>
    <message>
        <source>the close answered</source>
        <translation>关闭得到应答</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内没有应答</translation>
    </message>
    <message>
        <source>a close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>still open after %1 ms</source>
        <translation>%1 毫秒后仍未关闭</translation>
    </message>
</context>
<context>
    <name>wsi::Cli</name>
    <message>
        <source>Usage:
  wsinspector-cli connect URL [options]   # or: wsinspector-cli -c URL
      send standard input line by line (or typed at a prompt), print what happens
  wsinspector-cli replay FILE [--url URL] [--speed X|max] [--check] [--compare exact|json]
                              [--ignore PATH]... [--reply-timeout SECONDS] [--quiet] [connection options]
  wsinspector-cli convert IN OUT        # session (.jsonl) &lt;-&gt; .har, or to .csv; the type follows the file name
  wsinspector-cli serve [--port N]
  wsinspector-cli COMMAND --help        # each command&apos;s options, with examples
  wsinspector-cli --version

Exit status: 0 after a clean close (or a replay that passed), 1 when the connection fails, is lost (1006)
or the client closes it for a protocol error (1002, 1007, 1009), when an input line cannot be sent,
or when replay --check finds a difference; 2 on a usage error or bad URL; 3 when the recording failed.
See also: man wsinspector-cli
</source>
        <translation>用法：
  wsinspector-cli connect URL [选项]      # 或：wsinspector-cli -c URL
      逐行发送标准输入（或在提示符下输入的内容），并打印发生的一切
  wsinspector-cli replay 文件 [--url URL] [--speed X|max] [--check] [--compare exact|json]
                              [--ignore 路径]... [--reply-timeout 秒数] [--quiet] [连接选项]
  wsinspector-cli convert 输入 输出      # 会话（.jsonl）&lt;-&gt; .har，或转为 .csv；类型由文件名决定
  wsinspector-cli serve [--port N]
  wsinspector-cli 命令 --help            # 每个命令的选项和示例
  wsinspector-cli --version

退出状态：正常关闭（或回放通过）后为 0；连接失败、连接丢失（1006）、
客户端因协议错误（1002、1007、1009）关闭连接、某行输入无法发送、
或 replay --check 发现差异时为 1；用法错误或 URL 错误为 2；录制失败为 3。
另见：man wsinspector-cli
</translation>
    </message>
    <message>
        <source>Show this help, with examples.</source>
        <translation>显示此帮助及示例。</translation>
    </message>
    <message>
        <source>Usage: wsinspector-cli %1</source>
        <translation>用法：wsinspector-cli %1</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Text message to send once open (repeatable); standard input is then not read.</source>
        <translation>连接打开后发送的文本消息（可重复）；此时不读取标准输入。</translation>
    </message>
    <message>
        <source>Close this many seconds after the input ended (or after the --send messages). Default: standard input waits 1 s for the server to close; --send waits for the server.</source>
        <translation>输入结束（或 --send 的消息发出）后再过这么多秒关闭。默认：标准输入结束后等待服务器关闭 1 秒；--send 则一直等待服务器。</translation>
    </message>
    <message>
        <source>Keep listening after standard input ends, until the server closes.</source>
        <translation>标准输入结束后继续监听，直到服务器关闭。</translation>
    </message>
    <message>
        <source>Do not read standard input.</source>
        <translation>不读取标准输入。</translation>
    </message>
    <message>
        <source>Send each input line as a binary message, written as hex or base64.</source>
        <translation>把每行输入作为二进制消息发送，以 hex 或 base64 书写。</translation>
    </message>
    <message>
        <source>Send the whole of standard input as one message: text when it is UTF-8, else binary.</source>
        <translation>把整个标准输入作为一条消息发送：是 UTF-8 时为文本，否则为二进制。</translation>
    </message>
    <message>
        <source>With --stdin-message: send it as binary whatever it holds.</source>
        <translation>与 --stdin-message 一起使用：不论内容如何都以二进制发送。</translation>
    </message>
    <message>
        <source>Read lines starting with / as commands (/ping, /close, /binary, /file, /reconnect, /help) also when standard input is not a terminal.</source>
        <translation>即使标准输入不是终端，也把以 / 开头的行当作命令（/ping、/close、/binary、/file、/reconnect、/help）。</translation>
    </message>
    <message>
        <source>json (one JSON object per event; the default when standard output is not a terminal), text (received payloads only, one per line) or human (the default on a terminal).</source>
        <translation>json（每个事件一个 JSON 对象；标准输出不是终端时的默认值）、text（只输出收到的载荷，每行一条）或 human（终端上的默认值）。</translation>
    </message>
    <message>
        <source>How text and human output show binary payloads (default hex).</source>
        <translation>text 和 human 输出中二进制载荷的显示方式（默认 hex）。</translation>
    </message>
    <message>
        <source>Human output: show ping and pong frames too.</source>
        <translation>human 输出：也显示 ping 和 pong 帧。</translation>
    </message>
    <message>
        <source>Record the session to FILE (JSON Lines).</source>
        <translation>把会话录制到文件（JSON Lines）。</translation>
    </message>
    <message>
        <source>Keep Authorization, Cookie and token values in the recording.</source>
        <translation>在录制中保留 Authorization、Cookie 和令牌的值。</translation>
    </message>
    <message>
        <source>Print no events (with --record: only record).</source>
        <translation>不打印任何事件（与 --record 一起使用时只录制）。</translation>
    </message>
    <message>
        <source>JSON output: also one &quot;frame&quot; line per frame as it passed on the wire (opcode, FIN, RSV, mask, length).</source>
        <translation>JSON 输出：每个经过线路的帧另输出一行 &quot;frame&quot;（opcode、FIN、RSV、掩码、长度）。</translation>
    </message>
    <message>
        <source>connect [options] URL</source>
        <translation>connect [选项] URL</translation>
    </message>
    <message>
        <source>Connects to a WebSocket server and sends each line of standard input as a text message
(on a terminal: lines typed at a prompt, with Up/Down history, slash commands, Ctrl+D to quit).
Prints every event: as JSON lines into a pipe or file, in words on a terminal.</source>
        <translation>连接到 WebSocket 服务器，把标准输入的每一行作为文本消息发送
（在终端上：在提示符下输入，支持上/下键历史、斜杠命令，Ctrl+D 退出）。
打印每个事件：输出到管道或文件时为 JSON 行，在终端上为文字说明。</translation>
    </message>
    <message>
        <source>connect takes exactly one URL</source>
        <translation>connect 只接受一个 URL</translation>
    </message>
    <message>
        <source>--wait wants a number of seconds</source>
        <translation>--wait 需要一个秒数</translation>
    </message>
    <message>
        <source>--binary-lines wants hex or base64</source>
        <translation>--binary-lines 需要 hex 或 base64</translation>
    </message>
    <message>
        <source>--binary-output wants hex or base64</source>
        <translation>--binary-output 需要 hex 或 base64</translation>
    </message>
    <message>
        <source>--stdin-message sends all of standard input as one message: not with --binary-lines or --slash</source>
        <translation>--stdin-message 把整个标准输入作为一条消息发送：不能与 --binary-lines 或 --slash 同用</translation>
    </message>
    <message>
        <source>--binary goes with --stdin-message (--binary-lines hex|base64 sends lines as binary)</source>
        <translation>--binary 需与 --stdin-message 同用（--binary-lines hex|base64 会把每行作为二进制发送）</translation>
    </message>
    <message>
        <source>--send messages replace standard input: not with --stdin-message or --binary-lines</source>
        <translation>--send 的消息代替标准输入：不能与 --stdin-message 或 --binary-lines 同用</translation>
    </message>
    <message>
        <source>--output wants json, text or human</source>
        <translation>--output 需要 json、text 或 human</translation>
    </message>
    <message>
        <source>Replay to this URL instead of the recorded one.</source>
        <translation>回放到这个 URL，而不是录制时的 URL。</translation>
    </message>
    <message>
        <source>Speed factor (0.25 to 10, default 1) or max.</source>
        <translation>速度倍数（0.25 到 10，默认 1）或 max。</translation>
    </message>
    <message>
        <source>Exit 1 with a report unless every reply matches.</source>
        <translation>除非每个回复都匹配，否则给出报告并以 1 退出。</translation>
    </message>
    <message>
        <source>exact (default) or json (key order ignored).</source>
        <translation>exact（默认）或 json（忽略键的顺序）。</translation>
    </message>
    <message>
        <source>JSON path to leave out of the comparison (repeatable).</source>
        <translation>比较时忽略的 JSON 路径（可重复）。</translation>
    </message>
    <message>
        <source>Seconds to wait for missing replies (default 2).</source>
        <translation>等待缺失回复的秒数（默认 2）。</translation>
    </message>
    <message>
        <source>Print no event lines, only the report.</source>
        <translation>不打印事件行，只打印报告。</translation>
    </message>
    <message>
        <source>replay [options] FILE</source>
        <translation>replay [选项] 文件</translation>
    </message>
    <message>
        <source>Sends a recorded session&apos;s outgoing messages again, with the recorded timing scaled by --speed,
and compares what comes back with what was recorded. Prints the events as JSON lines and a report.</source>
        <translation>重新发送录制会话中发出的消息，录制时的时间间隔按 --speed 缩放，
并把收到的回复与录制内容比较。以 JSON 行打印事件，最后打印报告。</translation>
    </message>
    <message>
        <source>  wsinspector-cli replay orders.jsonl --check                     # same server: exit 0 when every reply matches
  wsinspector-cli replay orders.jsonl --url ws://staging:9001/ --check --compare json --ignore ts --speed max
  wsinspector-cli replay chrome-export.har --url ws://127.0.0.1:9001/ -q</source>
        <translation>  wsinspector-cli replay orders.jsonl --check                     # 同一服务器：每个回复都匹配时以 0 退出
  wsinspector-cli replay orders.jsonl --url ws://staging:9001/ --check --compare json --ignore ts --speed max
  wsinspector-cli replay chrome-export.har --url ws://127.0.0.1:9001/ -q</translation>
    </message>
    <message>
        <source>replay takes exactly one session file</source>
        <translation>replay 只接受一个会话文件</translation>
    </message>
    <message>
        <source>--speed wants a factor such as 0.5, 2 or max</source>
        <translation>--speed 需要一个倍数，例如 0.5、2 或 max</translation>
    </message>
    <message>
        <source>--compare wants exact or json</source>
        <translation>--compare 需要 exact 或 json</translation>
    </message>
    <message>
        <source>--reply-timeout wants a number of seconds</source>
        <translation>--reply-timeout 需要一个秒数</translation>
    </message>
    <message>
        <source>Converts between a session file (.jsonl), a browser DevTools export (.har) and a table (.csv);
each file&apos;s type follows its name. A .har may hold several connections: all their messages are read.</source>
        <translation>在会话文件（.jsonl）、浏览器开发者工具导出文件（.har）和表格（.csv）之间转换；
每个文件的类型由文件名决定。一个 .har 可能包含多个连接：会读取其中所有消息。</translation>
    </message>
    <message>
        <source>  wsinspector-cli convert chrome-export.har session.jsonl
  wsinspector-cli convert session.jsonl back.har
  wsinspector-cli convert session.jsonl messages.csv</source>
        <translation>  wsinspector-cli convert chrome-export.har session.jsonl
  wsinspector-cli convert session.jsonl back.har
  wsinspector-cli convert session.jsonl messages.csv</translation>
    </message>
    <message>
        <source>convert takes an input and an output file</source>
        <translation>convert 需要一个输入文件和一个输出文件</translation>
    </message>
    <message>
        <source>%1 events written to %2
</source>
        <translation>已将 %1 个事件写入 %2
</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>wsinspector-cli: cannot listen on 127.0.0.1:%1: %2
</source>
        <translation>wsinspector-cli：无法在 127.0.0.1:%1 上监听：%2
</translation>
    </message>
    <message>
        <source>Echo server listening on %1
</source>
        <translation>回显服务器正在监听 %1
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (wsinspector-cli --help lists them)</source>
        <translation>未知命令“%1”（wsinspector-cli --help 会列出所有命令）</translation>
    </message>
    <message>
        <source>  wsinspector-cli connect ws://127.0.0.1:9001/                      # type lines, read replies
  echo hello | wsinspector-cli connect ws://127.0.0.1:9001/         # one message, then close
  wsinspector-cli connect ws://host/ --stdin-message &lt; payload.json  # a file as one message
  wsinspector-cli connect ws://host/ -x &apos;{&quot;op&quot;:&quot;sub&quot;}&apos; -n --output text | jq .price
  printf &apos;00ff10\n&apos; | wsinspector-cli connect ws://host/ --binary-lines hex
  wsinspector-cli connect wss://host/ -H &apos;Authorization: Bearer T&apos; -s chat -k -P
  wsinspector-cli connect ws://host/ --record session.jsonl -q -n &lt; /dev/null
  wsinspector-cli connect ws://host/ -n --decode protobuf --proto ticker.proto --proto-type demo.Ticker</source>
        <translation>  wsinspector-cli connect ws://127.0.0.1:9001/                      # 逐行输入，读取回复
  echo hello | wsinspector-cli connect ws://127.0.0.1:9001/         # 发送一条消息后关闭
  wsinspector-cli connect ws://host/ --stdin-message &lt; payload.json  # 把文件作为一条消息发送
  wsinspector-cli connect ws://host/ -x &apos;{&quot;op&quot;:&quot;sub&quot;}&apos; -n --output text | jq .price
  printf &apos;00ff10\n&apos; | wsinspector-cli connect ws://host/ --binary-lines hex
  wsinspector-cli connect wss://host/ -H &apos;Authorization: Bearer T&apos; -s chat -k -P
  wsinspector-cli connect ws://host/ --record session.jsonl -q -n &lt; /dev/null
  wsinspector-cli connect ws://host/ -n --decode protobuf --proto ticker.proto --proto-type demo.Ticker</translation>
    </message>
    <message>
        <source>
  wsinspector-cli check FILE... [--env NAME] [--var NAME=VALUE]... [--junit OUT.xml] [--record DIR]
      run check files (steps: connect, send, expect ...): exit 0 when every check passed,
      1 when one failed, 2 for a bad check or collection file (nothing connects then)
</source>
        <translation>
  wsinspector-cli check 文件... [--env 名称] [--var 名称=值]... [--junit OUT.xml] [--record 目录]
      运行检查文件（步骤：connect、send、expect ...）：所有检查都通过时退出状态为 0，
      有检查失败时为 1，检查文件或集合文件有误时为 2（此时不会建立任何连接）
</translation>
    </message>
    <message>
        <source>With --record: replace FILE when it exists.</source>
        <translation>与 --record 一起使用：文件已存在时替换它。</translation>
    </message>
    <message>
        <source>%1 exists: not replaced (--force replaces it)</source>
        <translation>%1 已存在：未替换（--force 可替换）</translation>
    </message>
    <message>
        <source>The collection&apos;s environment to expand {{variables}} with.</source>
        <translation>用于展开 {{变量}} 的集合环境。</translation>
    </message>
    <message>
        <source>A variable (repeatable); it wins over the environment&apos;s.</source>
        <translation>一个变量（可重复）；优先于环境中的同名变量。</translation>
    </message>
    <message>
        <source>Write a JUnit XML report (one testsuite per file, one testcase per check).</source>
        <translation>写出 JUnit XML 报告（每个文件一个 testsuite，每个检查一个 testcase）。</translation>
    </message>
    <message>
        <source>Record each check&apos;s session into this folder (JSON Lines; secrets left out).</source>
        <translation>把每个检查的会话录制到此文件夹（JSON Lines；不含机密）。</translation>
    </message>
    <message>
        <source>check [options] FILE...</source>
        <translation>check [选项] 文件...</translation>
    </message>
    <message>
        <source>Runs check files: each check connects, sends, expects messages and closes, step by step.
Prints one JSON line per step and per check. Exit 0 when every check passed, 1 when one failed,
2 when a file is bad (nothing runs then). Use replay --check to compare a whole recorded session;
use check when the replies vary (tokens, times) and only some of their parts matter.</source>
        <translation>运行检查文件：每个检查逐步执行连接、发送、期望消息和关闭。
每个步骤和每个检查各打印一行 JSON。所有检查都通过时退出状态为 0，有检查失败时为 1，
文件有误时为 2（此时不运行任何检查）。要比较整个录制的会话，请用 replay --check；
当回复会变化（令牌、时间）且只关心其中部分内容时，请用 check。</translation>
    </message>
    <message>
        <source>  wsinspector-cli check examples/checks/echo.json
  wsinspector-cli check checks/*.json --env staging --var token=T --junit report.xml
  wsinspector-cli check login.json --record runs/</source>
        <translation>  wsinspector-cli check examples/checks/echo.json
  wsinspector-cli check checks/*.json --env staging --var token=T --junit report.xml
  wsinspector-cli check login.json --record runs/</translation>
    </message>
    <message>
        <source>check takes one or more check files</source>
        <translation>check 需要一个或多个检查文件</translation>
    </message>
    <message>
        <source>--var wants NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--var 需要“名称=值”，而不是“%1”</translation>
    </message>
    <message>
        <source>Keep Authorization, Cookie and token values in OUT (masked by default).</source>
        <translation>在输出文件中保留 Authorization、Cookie 和令牌的值（默认遮盖）。</translation>
    </message>
    <message>
        <source>convert [--include-secrets] IN OUT</source>
        <translation>convert [--include-secrets] 输入 输出</translation>
    </message>
    <message>
        <source>wsinspector-cli: out of memory: stopped. A recording holds every message up to the failure.
</source>
        <translation>wsinspector-cli：内存不足，已停止。录制文件保留了出错前的每一条消息。
</translation>
    </message>
    <message>
        <source>  wsinspector-cli relay --listen PORT --upstream URL [--record FILE] [--drop REGEX] [--rewrite REGEX=REPL]
      intercept another program&apos;s WebSocket: forward each client of 127.0.0.1:PORT to URL, print both sides
</source>
        <translation>  wsinspector-cli relay --listen 端口 --upstream URL [--record 文件] [--drop 正则] [--rewrite 正则=替换]
      拦截另一个程序的 WebSocket：把 127.0.0.1:端口 的每个客户端转发到 URL，并打印双方的消息
</translation>
    </message>
    <message>
        <source>--ignore: %1</source>
        <translation>--ignore：%1</translation>
    </message>
    <message>
        <source>a check written to %1 from %2 events
</source>
        <translation>已根据 %2 个事件把检查写入 %1
</translation>
    </message>
    <message>
        <source>  wsinspector-cli convert session.jsonl login.check.json   # a check file (for check): the messages
                                       # sent again, the replies expected as they came</source>
        <translation>  wsinspector-cli convert session.jsonl login.check.json   # 检查文件（供 check 使用）：重新发送其中的消息，
                                       # 期望收到与录制时相同的回复</translation>
    </message>
    <message>
        <source>Port to listen on, on 127.0.0.1 (0 picks a free one), or ADDRESS:PORT.</source>
        <translation>在 127.0.0.1 上监听的端口（0 表示自动选一个空闲端口），或 地址:端口。</translation>
    </message>
    <message>
        <source>The ws:// or wss:// server each client is forwarded to; a client&apos;s path and query are added to its path.</source>
        <translation>每个客户端被转发到的 ws:// 或 wss:// 服务器；客户端的路径和查询参数会追加到它的路径之后。</translation>
    </message>
    <message>
        <source>Record every connection to FILE (JSON Lines, &quot;conn&quot; tells them apart).</source>
        <translation>把每个连接录制到文件（JSON Lines，以 &quot;conn&quot; 区分各连接）。</translation>
    </message>
    <message>
        <source>Drop text messages that match REGEX, both ways (repeatable).</source>
        <translation>双向丢弃匹配 REGEX 的文本消息（可重复）。</translation>
    </message>
    <message>
        <source>Drop the client&apos;s text messages that match REGEX.</source>
        <translation>丢弃客户端发出的、匹配 REGEX 的文本消息。</translation>
    </message>
    <message>
        <source>Drop the server&apos;s text messages that match REGEX.</source>
        <translation>丢弃服务器发出的、匹配 REGEX 的文本消息。</translation>
    </message>
    <message>
        <source>Replace what matches REGEX in text messages, both ways (\1 is a capture; \= an = in REGEX; repeatable).</source>
        <translation>双向替换文本消息中匹配 REGEX 的内容（\1 表示捕获组；\= 表示 REGEX 中的 =；可重复）。</translation>
    </message>
    <message>
        <source>As --rewrite, for the client&apos;s messages only.</source>
        <translation>同 --rewrite，但只作用于客户端的消息。</translation>
    </message>
    <message>
        <source>As --rewrite, for the server&apos;s messages only.</source>
        <translation>同 --rewrite，但只作用于服务器的消息。</translation>
    </message>
    <message>
        <source>Ignore the upstream&apos;s TLS certificate errors.</source>
        <translation>忽略上游的 TLS 证书错误。</translation>
    </message>
    <message>
        <source>Finish when the first client&apos;s connection has ended (exit 0).</source>
        <translation>第一个客户端的连接结束后即结束（退出状态为 0）。</translation>
    </message>
    <message>
        <source>relay --listen PORT --upstream URL [options]</source>
        <translation>relay --listen 端口 --upstream URL [选项]</translation>
    </message>
    <message>
        <source>Sits between another program and its WebSocket server: point the program at ws://127.0.0.1:PORT/...
and each connection is forwarded to the upstream. Prints every message of both sides as JSON lines
(&quot;conn&quot;: which client, &quot;dir&quot;: out is client to server, in is server to client). Drop and rewrite
rules apply to text messages, in the order given; changed messages are tagged &quot;edited&quot;, dropped ones
&quot;dropped&quot;. Extensions (permessage-deflate) are not offered upstream, so every payload can be read.</source>
        <translation>位于另一个程序与其 WebSocket 服务器之间：让该程序连接 ws://127.0.0.1:端口/...，
每个连接都会被转发到上游。以 JSON 行打印双方的每条消息
（&quot;conn&quot;：哪个客户端；&quot;dir&quot;：out 为客户端到服务器，in 为服务器到客户端）。丢弃和改写
规则按给出的顺序作用于文本消息；被改写的消息标记为 &quot;edited&quot;，被丢弃的标记为
&quot;dropped&quot;。不向上游提供扩展（permessage-deflate），因此每个载荷都可读取。</translation>
    </message>
    <message>
        <source>  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/
  wsinspector-cli relay --listen 9100 --upstream wss://api.example.com/ --record intercept.jsonl -q
  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --drop-to-client &apos;^heartbeat&apos;
  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --rewrite &apos;&quot;price&quot;:(\d+)=&quot;price&quot;:0&apos; --once</source>
        <translation>  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/
  wsinspector-cli relay --listen 9100 --upstream wss://api.example.com/ --record intercept.jsonl -q
  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --drop-to-client &apos;^heartbeat&apos;
  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --rewrite &apos;&quot;price&quot;:(\d+)=&quot;price&quot;:0&apos; --once</translation>
    </message>
    <message>
        <source>relay takes no positional arguments (--listen PORT --upstream URL)</source>
        <translation>relay 不接受位置参数（--listen 端口 --upstream URL）</translation>
    </message>
    <message>
        <source>relay needs --listen PORT and --upstream URL</source>
        <translation>relay 需要 --listen 端口和 --upstream URL</translation>
    </message>
    <message>
        <source>  wsinspector-cli serve --rules FILE [--port N | --listen ADDR:PORT] [--record FILE] [--once] [--quiet]
      a mock server: answer each client by the rules of FILE (JSON), print every message of every client
</source>
        <translation>  wsinspector-cli serve --rules 文件 [--port N | --listen 地址:端口] [--record 文件] [--once] [--quiet]
      模拟服务器：按文件（JSON）中的规则应答每个客户端，并打印每个客户端的每条消息
</translation>
    </message>
    <message>
        <source>Port to listen on, on 127.0.0.1 (default 9001; 0 picks a free one).</source>
        <translation>在 127.0.0.1 上监听的端口（默认 9001；0 表示自动选一个空闲端口）。</translation>
    </message>
    <message>
        <source>Run a mock server that answers by the rules of FILE (JSON, see the README).</source>
        <translation>运行模拟服务器，按文件中的规则应答（JSON，见 README）。</translation>
    </message>
    <message>
        <source>With --rules: ADDRESS:PORT to listen on (another address than 127.0.0.1 lets anyone on that network connect).</source>
        <translation>与 --rules 一起使用：要监听的 地址:端口（使用 127.0.0.1 以外的地址时，该网络上的任何人都可以连接）。</translation>
    </message>
    <message>
        <source>With --rules: record every client to FILE (JSON Lines, &quot;conn&quot; tells them apart).</source>
        <translation>与 --rules 一起使用：把每个客户端录制到文件（JSON Lines，以 &quot;conn&quot; 区分各客户端）。</translation>
    </message>
    <message>
        <source>With --rules: finish when the first client&apos;s connection has ended (exit 0).</source>
        <translation>与 --rules 一起使用：第一个客户端的连接结束后即结束（退出状态为 0）。</translation>
    </message>
    <message>
        <source>With --rules: print no events.</source>
        <translation>与 --rules 一起使用：不打印任何事件。</translation>
    </message>
    <message>
        <source>serve [--port N] | serve --rules FILE [--port N | --listen ADDR:PORT] [options]</source>
        <translation>serve [--port N] | serve --rules 文件 [--port N | --listen 地址:端口] [选项]</translation>
    </message>
    <message>
        <source>Without --rules, runs the built-in echo server on 127.0.0.1: every message comes back as it was sent.
With --rules, runs a mock server: each client&apos;s messages are answered by the first rule that matches
(text, contains, regex, json, jsonPath), with on-connect messages, periodic messages, a close after
K messages, a chosen subprotocol or a refused handshake, as FILE says. Prints every event of every
client as a JSON line (&quot;conn&quot;: which client; &quot;dir&quot;: out is what the mock server sent).
Exit status: 0, 1 when it cannot listen (the port in use), 2 for a usage error or a bad rules file
(nothing is started), 3 when the recording failed.</source>
        <translation>不带 --rules 时，在 127.0.0.1 上运行内置回显服务器：每条消息都按原样发回。
带 --rules 时，运行模拟服务器：每个客户端的消息由第一条匹配的规则应答
（text、contains、regex、json、jsonPath），并按文件的设定发送连接时的消息、周期性消息，在
K 条消息后关闭，选定子协议或拒绝握手。以 JSON 行打印每个客户端的每个事件
（&quot;conn&quot;：哪个客户端；&quot;dir&quot;：out 为模拟服务器发送的内容）。
退出状态：0；无法监听（端口被占用）时为 1；用法错误或规则文件有误时为 2
（此时不启动任何服务）；录制失败时为 3。</translation>
    </message>
    <message>
        <source>  wsinspector-cli serve                 # ws://127.0.0.1:9001/
  wsinspector-cli serve --port 0        # a free port, printed on the first line
  wsinspector-cli serve --rules examples/mock/chat-backend.json --port 9002
  wsinspector-cli serve --rules mock.json --listen 0.0.0.0:9002 --record mock-session.jsonl
  wsinspector-cli serve --rules mock.json --port 0 --once -q --record ci.jsonl</source>
        <translation>  wsinspector-cli serve                 # ws://127.0.0.1:9001/
  wsinspector-cli serve --port 0        # 自动选一个空闲端口，打印在第一行
  wsinspector-cli serve --rules examples/mock/chat-backend.json --port 9002
  wsinspector-cli serve --rules mock.json --listen 0.0.0.0:9002 --record mock-session.jsonl
  wsinspector-cli serve --rules mock.json --port 0 --once -q --record ci.jsonl</translation>
    </message>
    <message>
        <source>serve takes no positional arguments (--rules FILE)</source>
        <translation>serve 不接受位置参数（--rules 文件）</translation>
    </message>
    <message>
        <source>--port and --listen say the same thing: give one</source>
        <translation>--port 和 --listen 作用相同：只需给出其中一个</translation>
    </message>
    <message>
        <source>--%1 goes with --rules FILE (the echo server takes only --port)</source>
        <translation>--%1 需与 --rules 文件 同用（回显服务器只接受 --port）</translation>
    </message>
    <message>
        <source>wsinspector-cli: nothing started</source>
        <translation>wsinspector-cli：未启动任何服务</translation>
    </message>
</context>
<context>
    <name>wsi::CloseAttribution</name>
    <message>
        <source>No heartbeat reply within %1 ms: connection declared dead</source>
        <translation>%1 毫秒内没有心跳应答：连接判定为已失效</translation>
    </message>
    <message>
        <source>The server did not finish the closing handshake within %1 ms; at least %2 bytes sent to it were still unread</source>
        <translation>服务器未在 %1 毫秒内完成关闭握手；发给它的数据中至少有 %2 字节仍未被读取</translation>
    </message>
    <message>
        <source>The server did not finish the closing handshake within %1 ms</source>
        <translation>服务器未在 %1 毫秒内完成关闭握手</translation>
    </message>
    <message>
        <source>The server&apos;s close frame carried code %1, which RFC 6455 does not allow</source>
        <translation>服务器的关闭帧携带了关闭码 %1，RFC 6455 不允许使用该代码</translation>
    </message>
    <message>
        <source>The server&apos;s close frame had a 1-byte payload (a close code takes 2)</source>
        <translation>服务器的关闭帧载荷只有 1 字节（关闭码需要 2 字节）</translation>
    </message>
    <message>
        <source>The close frame never reached the server: the connection ended with at least %1 bytes sent to it still unread</source>
        <translation>关闭帧没有到达服务器：连接已结束，发给它的数据中至少有 %1 字节仍未被读取</translation>
    </message>
    <message>
        <source>The close frame never reached the server: the connection ended first</source>
        <translation>关闭帧没有到达服务器：连接先结束了</translation>
    </message>
    <message>
        <source>Connection lost without a close frame</source>
        <translation>连接丢失，没有收到关闭帧</translation>
    </message>
</context>
<context>
    <name>wsi::CloseCode</name>
    <message>
        <source>Normal closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>终端离开</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>未收到状态码</translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>Invalid frame payload data</source>
        <translation>无效的帧载荷数据</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation>缺少必需的扩展</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Registered (libraries/frameworks)</source>
        <translation>已注册（库/框架使用）</translation>
    </message>
    <message>
        <source>Private use (application)</source>
        <translation>私有（应用自定义）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the purpose of the connection was fulfilled</source>
        <translation>连接的目的已经达成</translation>
    </message>
    <message>
        <source>the endpoint is going away, e.g. a server shutting down or a page navigating away</source>
        <translation>终端正在离开，例如服务器关闭或页面跳转离开</translation>
    </message>
    <message>
        <source>the endpoint received a frame that breaks the protocol</source>
        <translation>终端收到了违反协议的帧</translation>
    </message>
    <message>
        <source>the endpoint received a type of data it cannot accept</source>
        <translation>终端收到了它不能接受的数据类型</translation>
    </message>
    <message>
        <source>the close frame carried no status code</source>
        <translation>关闭帧没有携带状态码</translation>
    </message>
    <message>
        <source>the connection was lost without a close frame</source>
        <translation>连接丢失，没有收到关闭帧</translation>
    </message>
    <message>
        <source>a message&apos;s data did not match its type, e.g. invalid UTF-8 in a text message</source>
        <translation>消息的数据与其类型不符，例如文本消息中含有无效的 UTF-8</translation>
    </message>
    <message>
        <source>a message violated the endpoint&apos;s policy</source>
        <translation>消息违反了终端的策略</translation>
    </message>
    <message>
        <source>a message was too big to process</source>
        <translation>消息太大，无法处理</translation>
    </message>
    <message>
        <source>the client expected the server to negotiate an extension</source>
        <translation>客户端期望服务器协商一个扩展</translation>
    </message>
    <message>
        <source>the server hit an unexpected condition</source>
        <translation>服务器遇到了意外情况</translation>
    </message>
    <message>
        <source>the server is restarting</source>
        <translation>服务器正在重启</translation>
    </message>
    <message>
        <source>the server is overloaded; try again later</source>
        <translation>服务器过载；请稍后重试</translation>
    </message>
    <message>
        <source>a gateway got an invalid response upstream</source>
        <translation>网关从上游收到了无效响应</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>defined by the application, not by RFC 6455</source>
        <translation>由应用定义，不是 RFC 6455 定义的</translation>
    </message>
    <message>
        <source>not a code RFC 6455 defines</source>
        <translation>不是 RFC 6455 定义的关闭码</translation>
    </message>
    <message>
        <source>a close frame starts with a code that may be sent (1000–1003, 1007–1014, 3000–4999), then the reason: &quot;1000 bye&quot;</source>
        <translation>关闭帧以可发送的关闭码开头（1000–1003、1007–1014、3000–4999），后接原因：“1000 bye”</translation>
    </message>
    <message>
        <source>a close frame&apos;s reason is at most 123 bytes (this one is %1)</source>
        <translation>关闭帧的原因最多 123 字节（此原因为 %1 字节）</translation>
    </message>
</context>
<context>
    <name>wsi::CloseDialog</name>
    <message>
        <source> — this code may not be sent</source>
        <translation> — 此关闭码不能发送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>close code and name: its meaning</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>wsi::Collection</name>
    <message>
        <source>variable {{%1}} is not defined (not in the environment, not given with --var)</source>
        <translation>变量 {{%1}} 未定义（不在环境中，也没有用 --var 给出）</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; in folder &quot;%2&quot; has no &quot;url&quot;</source>
        <translation>文件夹“%2”中的连接“%1”没有 &quot;url&quot;</translation>
    </message>
    <message>
        <source>message &quot;%1&quot; of &quot;%2&quot;: unknown format &quot;%3&quot;</source>
        <translation>“%2”的消息“%1”：未知格式“%3”</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;: &quot;%2&quot; is not a variable name (letters, digits, _ - .)</source>
        <translation>环境“%1”：“%2”不是变量名（字母、数字、_ - .）</translation>
    </message>
</context>
<context>
    <name>wsi::CollectionImport</name>
    <message>
        <source>%1: not a Postman collection v2.1 export (no &quot;info.schema&quot; v2 and &quot;item&quot;)</source>
        <translation>%1：不是 Postman collection v2.1 导出文件（没有 v2 的 &quot;info.schema&quot; 和 &quot;item&quot;）</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no WebSocket requests (none of its %n request(s) has a ws:// or wss:// URL): nothing to import</source>
        <translation>
            <numerusform>%1 不包含 WebSocket 请求（它的 %n 个请求都没有 ws:// 或 wss:// URL）：没有可导入的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1 holds no WebSocket connections: nothing to import</source>
        <translation>%1 不包含 WebSocket 连接：没有可导入的内容</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>wsi::CollectionModel</name>
    <message>
        <source>%1 is open already</source>
        <translation>%1 已经打开</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>not a saved connection</source>
        <translation>不是已保存的连接</translation>
    </message>
    <message>
        <source>not a saved message</source>
        <translation>不是已保存的消息</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>环境需要一个名称。</translation>
    </message>
    <message>
        <source>There is an environment named &quot;%1&quot; already.</source>
        <translation>已有名为“%1”的环境。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a variable&apos;s name: letters, digits, _ - . only, and not a placeholder&apos;s name</source>
        <translation>“%1”不能作为变量名：只能使用字母、数字、_ - .，且不能是占位符的名称</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is there twice.</source>
        <translation>变量“%1”出现了两次。</translation>
    </message>
</context>
<context>
    <name>wsi::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>比较 %1 和 %2</translation>
    </message>
    <message>
        <source>The same JSON (key order ignored, as replay compares).</source>
        <translation>JSON 相同（忽略键的顺序，与 replay 的比较方式一致）。</translation>
    </message>
    <message>
        <source>The same message.</source>
        <translation>消息相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) differ:</source>
        <translation>
            <numerusform>%n 处不同：</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages differ; the marked lines are not in both.</source>
        <translation>消息不同；标记的行只出现在其中一方。</translation>
    </message>
</context>
<context>
    <name>wsi::ComposerWidget</name>
    <message>
        <source> Placeholders: </source>
        <translation>占位符：</translation>
    </message>
    <message>
        <source>Message text. Ctrl+Enter sends; Up/Down recall.</source>
        <translation>消息文本。Ctrl+Enter 发送；上/下键调出历史。</translation>
    </message>
    <message>
        <source>A JSON value, checked as you type.</source>
        <translation>一个 JSON 值，输入时即检查。</translation>
    </message>
    <message>
        <source>Bytes in hex: de ad be ef, DEADBEEF or 0xde, 0xad</source>
        <translation>hex 字节：de ad be ef、DEADBEEF 或 0xde, 0xad</translation>
    </message>
    <message>
        <source>Bytes in base64</source>
        <translation>base64 字节</translation>
    </message>
    <message>
        <source>Path of a file whose bytes are sent as one binary message</source>
        <translation>一个文件的路径，其字节作为一条二进制消息发送</translation>
    </message>
    <message>
        <source>Arguments as JSON, comma-separated like a call: {&quot;my&quot;: &quot;data&quot;}, 2</source>
        <translation>参数为 JSON，像函数调用一样用逗号分隔：{&quot;my&quot;: &quot;data&quot;}, 2</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send to tabs…</source>
        <translation>发送到多个标签页…</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>消息格式</translation>
    </message>
    <message>
        <source>How the text is sent: as text, as checked JSON, as binary bytes, or as a Socket.IO event</source>
        <translation>文本的发送方式：文本、经过检查的 JSON、二进制字节，或 Socket.IO 事件</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>事件名</translation>
    </message>
    <message>
        <source>Socket.IO event name</source>
        <translation>Socket.IO 事件名</translation>
    </message>
    <message>
        <source>The event to emit, as in socket.emit(&quot;name&quot;, ...)</source>
        <translation>要发出的事件，相当于 socket.emit(&quot;name&quot;, ...)</translation>
    </message>
    <message>
        <source>Pick the file whose bytes are sent</source>
        <translation>选择要发送其字节的文件</translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation>缩进 JSON</translation>
    </message>
    <message>
        <source>Put the JSON on one line</source>
        <translation>把 JSON 压成一行</translation>
    </message>
    <message>
        <source>Message check</source>
        <translation>消息检查</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>已保存的消息</translation>
    </message>
    <message>
        <source>Saved messages (snippets), shared by every tab and kept across runs</source>
        <translation>已保存的消息（片段），所有标签页共用，重启后仍保留</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this message under a name</source>
        <translation>以一个名称保存这条消息</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>保存片段</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forget the chosen saved message</source>
        <translation>删除所选的已保存消息</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>发送消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send this message to several open tabs at once (Ctrl+Shift+Enter)</source>
        <translation>把这条消息一次发送到多个打开的标签页（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Empty this tab&apos;s log (the recording, if any, keeps everything)</source>
        <translation>清空此标签页的日志（若正在录制，录制文件保留全部内容）</translation>
    </message>
    <message>
        <source>Emit the event (Ctrl+Enter)</source>
        <translation>发出事件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>✓ valid JSON, %1 bytes</source>
        <translation>✓ 有效的 JSON，%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes, binary</source>
        <translation>%1 字节，二进制</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>片段…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Send the bytes of</source>
        <translation>发送此文件的字节</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The query: subscription { … }. Sent as graphql-transport-ws&apos;s subscribe, its id the send counter; variables (a JSON object) in the field above.</source>
        <translation>查询：subscription { … }。以 graphql-transport-ws 的 subscribe 消息发送，id 为发送计数；variables（一个 JSON 对象）填在上面的输入框中。</translation>
    </message>
    <message>
        <source>variables: {&quot;n&quot;: 1}</source>
        <translation>variables: {&quot;n&quot;: 1}</translation>
    </message>
    <message>
        <source>GraphQL variables</source>
        <translation>GraphQL 变量</translation>
    </message>
    <message>
        <source>The subscription&apos;s variables as a JSON object (optional)</source>
        <translation>订阅的变量，JSON 对象（可选）</translation>
    </message>
    <message>
        <source>Subscribe (Ctrl+Enter)</source>
        <translation>订阅（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>wsi::ConnectCommand</name>
    <message>
        <source>[binary %1]</source>
        <translation>[二进制 %1]</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connected to %1 (subprotocol %2)</source>
        <translation>已连接到 %1（子协议 %2）</translation>
    </message>
    <message>
        <source>Closed by the client: %1</source>
        <translation>由客户端关闭：%1</translation>
    </message>
    <message>
        <source>Closed by the server: %1</source>
        <translation>由服务器关闭：%1</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接丢失：%1</translation>
    </message>
    <message>
        <source>wsinspector-cli: the connection was lost without a close frame (1006)
</source>
        <translation>wsinspector-cli：连接丢失，没有收到关闭帧（1006）
</translation>
    </message>
    <message>
        <source>wsinspector-cli: the client closed the connection on a protocol failure: %1
</source>
        <translation>wsinspector-cli：客户端因协议错误关闭了连接：%1
</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: not sent</source>
        <translation>%1 不是有效的 UTF-8：未发送</translation>
    </message>
    <message>
        <source>%1 is not %2: not sent</source>
        <translation>%1 不是 %2：未发送</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: not sent (--binary-lines hex|base64 sends bytes)</source>
        <translation>%1 不是有效的 UTF-8：未发送（--binary-lines hex|base64 可发送字节）</translation>
    </message>
    <message>
        <source>/ping: not connected</source>
        <translation>/ping：未连接</translation>
    </message>
    <message>
        <source>close code %1 cannot be sent: use 1000-1003, 1007-1014 or 3000-4999</source>
        <translation>关闭码 %1 不能发送：请使用 1000-1003、1007-1014 或 3000-4999</translation>
    </message>
    <message>
        <source>/reconnect: not connected</source>
        <translation>/reconnect：未连接</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB: not sent (the rest of it is skipped)</source>
        <translation>第 %1 行超过 %2 MiB：未发送（该行其余部分已跳过）</translation>
    </message>
    <message>
        <source>/file: %1</source>
        <translation>/file：%1</translation>
    </message>
</context>
<context>
    <name>wsi::ConnectionOptionsDialog</name>
    <message>
        <source>0 = unlimited</source>
        <translation>0 = 不限制</translation>
    </message>
    <message>
        <source>This connection is open: Heartbeat, Reconnect, sending while disconnected and the on-connect messages apply to it at once. Headers, subprotocols, Origin, the timeout, the size limit and TLS apply from the next connect.</source>
        <translation>此连接已打开：心跳、重连、断开期间发送和连接后发送的消息立即生效。请求头、子协议、Origin、超时、大小限制和 TLS 从下一次连接起生效。</translation>
    </message>
    <message>
        <source>Options for the next connection</source>
        <translation>下一次连接的选项</translation>
    </message>
    <message>
        <source>Options for %1 (remembered for this URL)</source>
        <translation>%1 的选项（按此 URL 记住）</translation>
    </message>
</context>
<context>
    <name>wsi::ConnectionPanel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>已连接时长</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>On the wire</source>
        <translation>线路上</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>bufferedAmount</source>
        <translation>bufferedAmount</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Last RTT</source>
        <translation>最近 RTT</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>最近一次关闭</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source> — attempt %1 in %2 s</source>
        <translation> — 第 %1 次尝试，%2 秒后</translation>
    </message>
    <message>
        <source>%1 messages/s</source>
        <translation>%1 条消息/秒</translation>
    </message>
    <message>
        <source>   reading paused (back-pressure)</source>
        <translation>   已暂停读取（背压）</translation>
    </message>
    <message numerus="yes">
        <source>   paused %n time(s)</source>
        <translation>
            <numerusform>   已暂停 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not encrypted)</source>
        <translation>（未加密）</translation>
    </message>
    <message>
        <source>⚠ ERRORS IGNORED for this connection — %1</source>
        <translation>⚠ 此连接已忽略证书错误 — %1</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT（毫秒）</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>条消息/秒</translation>
    </message>
    <message>
        <source>k msg/s</source>
        <translation>千条/秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 by %2%3%4</source>
        <comment>last close: code and name, closed by client/server/network, reason, meaning</comment>
        <translation>%1，由%2关闭%3%4</translation>
    </message>
</context>
<context>
    <name>wsi::ConnectionTab</name>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Echo %1</source>
        <comment>tab title: the built-in echo server at this address</comment>
        <translation>回显 %1</translation>
    </message>
    <message>
        <source>Built-in echo server</source>
        <translation>内置回显服务器</translation>
    </message>
    <message>
        <source>Options not remembered: %1</source>
        <translation>选项未保存：%1</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>largest message</source>
        <translation>最大消息</translation>
    </message>
    <message>
        <source>ignoring certificate errors</source>
        <translation>忽略证书错误</translation>
    </message>
    <message>
        <source>Options applied to this connection</source>
        <translation>选项已应用到此连接</translation>
    </message>
    <message>
        <source>Options applied to this connection; %1: applies from the next connect</source>
        <translation>选项已应用到此连接；%1：从下一次连接起生效</translation>
    </message>
    <message>
        <source>Saved %1 events to %2</source>
        <translation>已将 %1 个事件保存到 %2</translation>
    </message>
    <message>
        <source>; %1 older events had left the log (row limit %2): a recording keeps every message</source>
        <translation>；有 %1 个较早的事件已移出日志（行数上限 %2）：录制文件会保留每一条消息</translation>
    </message>
    <message>
        <source>Not sent: the connection is %1, not OPEN</source>
        <translation>未发送：连接状态为 %1，不是 OPEN</translation>
    </message>
    <message>
        <source>Nothing resent: select text or binary message rows</source>
        <translation>没有重发任何消息：请选择文本或二进制消息行</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not sent: this connection is not in Socket.IO mode</source>
        <translation>未发送：此连接不是 Socket.IO 模式</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <source>Resent 1 message</source>
        <translation>已重发 1 条消息</translation>
    </message>
    <message numerus="yes">
        <source>Resent %n messages</source>
        <translation>
            <numerusform>已重发 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsi::ConnectionText</name>
    <message>
        <source>Handshake rejected by %1: HTTP %2 %3</source>
        <translation>%1 拒绝了握手：HTTP %2 %3</translation>
    </message>
    <message>
        <source> · a redirect without a Location (redirects are not followed)</source>
        <translation> · 重定向但没有 Location（不会跟随重定向）</translation>
    </message>
    <message>
        <source> · Location: %1 (redirects are not followed)</source>
        <translation> · Location：%1（不会跟随重定向）</translation>
    </message>
    <message>
        <source> · body: %1</source>
        <translation> · 响应体：%1</translation>
    </message>
    <message>
        <source>. No subprotocol was requested: a server that only speaks one (Sec-WebSocket-Protocol) refuses like this; Options → Subprotocols sets it</source>
        <translation>。没有请求子协议：只支持一种子协议（Sec-WebSocket-Protocol）的服务器会这样拒绝；可在“选项 → 子协议”中设置</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: the server answered with bytes that are not HTTP (%2)</source>
        <translation>与 %1 握手失败：服务器的应答不是 HTTP（%2）</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: the server&apos;s answer went on past %2 bytes without ending its headers</source>
        <translation>与 %1 握手失败：服务器的应答超过 %2 字节仍未结束头部</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: the server answered 101 without &quot;Upgrade: websocket&quot; and &quot;Connection: Upgrade&quot;</source>
        <translation>与 %1 握手失败：服务器应答了 101，但没有 &quot;Upgrade: websocket&quot; 和 &quot;Connection: Upgrade&quot;</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: the server&apos;s Sec-WebSocket-Accept (%2) does not match the client key (RFC 6455 §4.2.2)</source>
        <translation>与 %1 握手失败：服务器的 Sec-WebSocket-Accept（%2）与客户端密钥不匹配（RFC 6455 §4.2.2）</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: the server turned on an extension the client never offered (%2); RFC 6455 §4.1 says to fail the connection, and the inspector does not do compression</source>
        <translation>与 %1 握手失败：服务器启用了客户端未提供的扩展（%2）；按 RFC 6455 §4.1 应使连接失败，而且检查器不做压缩</translation>
    </message>
    <message>
        <source>Handshake with %1 failed</source>
        <translation>与 %1 握手失败</translation>
    </message>
    <message>
        <source>Cannot resolve host &quot;%1&quot;: %2</source>
        <translation>无法解析主机“%1”：%2</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening on that port</source>
        <translation>%1 拒绝连接：该端口上没有程序在监听</translation>
    </message>
    <message>
        <source>Timed out talking to %1: %2</source>
        <translation>与 %1 通信超时：%2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. To connect anyway, allow certificate errors for this connection.</source>
        <translation>%1 的 TLS 证书不受信任：%2。如仍要连接，请允许此连接忽略证书错误。</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: the server closed the connection during the handshake</source>
        <translation>连接 %1 失败：服务器在握手期间关闭了连接</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>: •••••• (hidden; tick Show secrets)</source>
        <translation>: ••••••（已隐藏；勾选“显示机密”可查看）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无响应体）</translation>
    </message>
    <message>
        <source>(body cut at %1 bytes)</source>
        <translation>（响应体在 %1 字节处截断）</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>子协议：%1</translation>
    </message>
    <message>
        <source>(none negotiated)</source>
        <translation>（未协商）</translation>
    </message>
    <message>
        <source>TLS: %1, %2
Certificate: %3</source>
        <translation>TLS：%1，%2
证书：%3</translation>
    </message>
    <message>
        <source>⚠ certificate errors ignored for this connection</source>
        <translation>⚠ 此连接已忽略证书错误</translation>
    </message>
    <message>
        <source>(waiting)</source>
        <translation>（等待中）</translation>
    </message>
    <message>
        <source>(none: %1)</source>
        <translation>（无：%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>IDLE</source>
        <comment>connection state before the first open; the translation adds its meaning</comment>
        <translation>IDLE（空闲）</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <comment>readyState 0, kept as it is; the translation adds its meaning</comment>
        <translation>CONNECTING（正在连接）</translation>
    </message>
    <message>
        <source>OPEN</source>
        <comment>readyState 1, kept as it is; the translation adds its meaning</comment>
        <translation>OPEN（已连接）</translation>
    </message>
    <message>
        <source>CLOSING</source>
        <comment>readyState 2, kept as it is; the translation adds its meaning</comment>
        <translation>CLOSING（正在关闭）</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <comment>readyState 3, kept as it is; the translation adds its meaning</comment>
        <translation>CLOSED（已关闭）</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <comment>waiting to reconnect; the translation adds its meaning</comment>
        <translation>RECONNECTING（等待重连）</translation>
    </message>
    <message>
        <source>nobody</source>
        <comment>who closed the connection</comment>
        <translation>无人</translation>
    </message>
    <message>
        <source>client</source>
        <comment>who closed the connection</comment>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <comment>who closed the connection</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>network</source>
        <comment>who closed the connection: the connection was lost</comment>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>wsi::ConnectionsDock</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a collection file (several can be open at once)</source>
        <translation>打开集合文件（可同时打开多个）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Start a new collection file</source>
        <translation>新建一个集合文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Make a collection from a Postman collection (v2.1) or a HAR file&apos;s WebSocket URLs</source>
        <translation>从 Postman 集合（v2.1）或 HAR 文件中的 WebSocket URL 生成集合</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>打开集合</translation>
    </message>
    <message>
        <source>Collections (*.json);;All files (*)</source>
        <translation>集合 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>Collections (*.json)</source>
        <translation>集合 (*.json)</translation>
    </message>
    <message>
        <source>Import into a collection</source>
        <translation>导入到集合</translation>
    </message>
    <message>
        <source>Postman collections and HAR files (*.json *.har);;All files (*)</source>
        <translation>Postman 集合和 HAR 文件 (*.json *.har);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the imported collection</source>
        <translation>保存导入的集合</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(secret, no value)</source>
        <translation>（机密，无值）</translation>
    </message>
    <message>
        <source>A secret: kept out of the collection file and of recordings</source>
        <translation>机密：不写入集合文件和录制文件</translation>
    </message>
    <message>
        <source>Saved &amp;messages:</source>
        <translation>已保存的消息(&amp;M)：</translation>
    </message>
    <message>
        <source>The selected connection&apos;s saved messages: double-click or Enter puts one into the composer</source>
        <translation>所选连接的已保存消息：双击或按 Enter 可将其放入编辑器</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit this environment&apos;s variables: add, rename, remove, mark secret</source>
        <translation>编辑此环境的变量：添加、重命名、删除、标记为机密</translation>
    </message>
    <message>
        <source>Add an environment to this collection</source>
        <translation>向此集合添加一个环境</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新环境</translation>
    </message>
</context>
<context>
    <name>wsi::DecodeBar</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Reads each message as GraphQL over WebSocket, STOMP, MQTT or JSON-RPC; Auto follows the subprotocol the server accepted. Remembered for this URL</source>
        <translation>按 GraphQL over WebSocket、STOMP、MQTT 或 JSON-RPC 解读每条消息；“自动”依据服务器接受的子协议。按此 URL 记住</translation>
    </message>
    <message>
        <source>&amp;Binary as:</source>
        <translation>二进制解码为(&amp;B)：</translation>
    </message>
    <message>
        <source>Decode binary messages as</source>
        <translation>二进制消息的解码方式</translation>
    </message>
    <message>
        <source>Decode binary as</source>
        <translation>二进制解码方式</translation>
    </message>
    <message>
        <source>Decodes what the bytes say unambiguously: a gzip or zlib header, the CBOR self-describe tag</source>
        <translation>只解码字节本身明确标示的格式：gzip 或 zlib 头、CBOR 自描述标签</translation>
    </message>
    <message>
        <source>Without a .proto: field numbers and values, as protoc --decode_raw shows them</source>
        <translation>不使用 .proto 时：显示字段编号和值，与 protoc --decode_raw 的输出相同</translation>
    </message>
    <message>
        <source>How the selected binary message is decoded; remembered for this URL</source>
        <translation>所选二进制消息的解码方式；按此 URL 记住</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Schema(&amp;H)：</translation>
    </message>
    <message>
        <source>.proto file</source>
        <translation>.proto 文件</translation>
    </message>
    <message>
        <source>.proto file (none: raw fields)</source>
        <translation>.proto 文件（无：显示原始字段）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a .proto file</source>
        <translation>选择 .proto 文件</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Auto: none for %1</source>
        <translation>自动：%1 无对应协议</translation>
    </message>
    <message>
        <source>Auto: %1 (%2)</source>
        <translation>自动：%1（%2）</translation>
    </message>
    <message>
        <source>Protocol Buffers (*.proto);;All files (*)</source>
        <translation>Protocol Buffers (*.proto);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Message types in %1: %2</source>
        <translation>%1 中的消息类型：%2</translation>
    </message>
</context>
<context>
    <name>wsi::EnvironmentDialog</name>
    <message>
        <source>Write secret values into the collection file too</source>
        <translation>也把机密值写入集合文件</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>添加变量(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>删除变量(&amp;R)</translation>
    </message>
    <message>
        <source>Off: secret values stay in secrets.json beside the settings, readable by you only, and the collection file can be shared</source>
        <translation>关闭时：机密值保存在设置旁的 secrets.json 中，只有你能读取，集合文件可以分享</translation>
    </message>
    <message>
        <source>A secret: masked here and in the window, kept out of recordings and (unless you say so) of the file</source>
        <translation>机密：在此处和窗口中遮盖显示，不写入录制文件，也（除非你指定）不写入集合文件</translation>
    </message>
</context>
<context>
    <name>wsi::FrameLogModel</name>
    <message>
        <source>continuation</source>
        <translation>延续帧</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>reserved (%1)</source>
        <translation>保留（%1）</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已掩码</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) so far</source>
        <translation>
            <numerusform>目前共 %n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>RSV</source>
        <translation>RSV</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>wsi::FrameRules</name>
    <message>
        <source>the server sent a masked frame (RFC 6455 §5.1: a client must fail the connection)</source>
        <translation>服务器发送了带掩码的帧（RFC 6455 §5.1：客户端必须使连接失败）</translation>
    </message>
    <message>
        <source>the server set RSV bits (%1) that no negotiated extension defines (RFC 6455 §5.2)</source>
        <translation>服务器设置了 RSV 位（%1），但没有协商过定义它的扩展（RFC 6455 §5.2）</translation>
    </message>
    <message>
        <source>the server sent a frame with the reserved opcode 0x%1 (RFC 6455 §5.2)</source>
        <translation>服务器发送了使用保留操作码 0x%1 的帧（RFC 6455 §5.2）</translation>
    </message>
    <message>
        <source>the server sent a control frame of %1 bytes%2 (RFC 6455 §5.5: at most 125, never fragmented)</source>
        <translation>服务器发送了 %1 字节的控制帧%2（RFC 6455 §5.5：最多 125 字节，且不能分片）</translation>
    </message>
    <message>
        <source>, fragmented</source>
        <translation>，且分片</translation>
    </message>
    <message>
        <source>the server sent a continuation frame with no message to continue (RFC 6455 §5.4)</source>
        <translation>服务器发送了延续帧，但没有可延续的消息（RFC 6455 §5.4）</translation>
    </message>
    <message>
        <source>the server began a new message before its fragmented one ended (RFC 6455 §5.4)</source>
        <translation>服务器在分片消息结束之前就开始了新消息（RFC 6455 §5.4）</translation>
    </message>
    <message>
        <source>the server sent a message of more than %1 bytes, the size limit</source>
        <translation>服务器发送的消息超过了 %1 字节的大小上限</translation>
    </message>
    <message>
        <source>the server sent a text message that is not valid UTF-8 (RFC 6455 §8.1)</source>
        <translation>服务器发送的文本消息不是有效的 UTF-8（RFC 6455 §8.1）</translation>
    </message>
    <message>
        <source>the client sent an unmasked frame (RFC 6455 §5.1: a server must fail the connection)</source>
        <translation>客户端发送了不带掩码的帧（RFC 6455 §5.1：服务器必须使连接失败）</translation>
    </message>
    <message>
        <source>the client set RSV bits (%1) that no negotiated extension defines (RFC 6455 §5.2)</source>
        <translation>客户端设置了 RSV 位（%1），但没有协商过定义它的扩展（RFC 6455 §5.2）</translation>
    </message>
    <message>
        <source>the client sent a frame with the reserved opcode 0x%1 (RFC 6455 §5.2)</source>
        <translation>客户端发送了使用保留操作码 0x%1 的帧（RFC 6455 §5.2）</translation>
    </message>
    <message>
        <source>the client sent a control frame of %1 bytes%2 (RFC 6455 §5.5: at most 125, never fragmented)</source>
        <translation>客户端发送了 %1 字节的控制帧%2（RFC 6455 §5.5：最多 125 字节，且不能分片）</translation>
    </message>
    <message>
        <source>the client broke the order of a fragmented message (RFC 6455 §5.4)</source>
        <translation>客户端打乱了分片消息的顺序（RFC 6455 §5.4）</translation>
    </message>
    <message>
        <source>the client sent a message of more than %1 bytes, the size limit</source>
        <translation>客户端发送的消息超过了 %1 字节的大小上限</translation>
    </message>
    <message>
        <source>the client sent a text message that is not valid UTF-8 (RFC 6455 §8.1)</source>
        <translation>客户端发送的文本消息不是有效的 UTF-8（RFC 6455 §8.1）</translation>
    </message>
</context>
<context>
    <name>wsi::FramesView</name>
    <message>
        <source>Capture frames</source>
        <translation>捕获帧</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>List every frame of this connection as it passes on the wire (the last 100,000)</source>
        <translation>列出此连接在线路上经过的每一帧（最近 100,000 帧）</translation>
    </message>
    <message>
        <source>Forget the frames listed so far</source>
        <translation>清除目前已列出的帧</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Frames as they passed on the wire: a fragmented message shows as several rows</source>
        <translation>线路上经过的帧：分片消息显示为多行</translation>
    </message>
</context>
<context>
    <name>wsi::HandshakeView</name>
    <message>
        <source>Show secrets</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Authorization, Cookie and token values are hidden unless you ask</source>
        <translation>Authorization、Cookie 和令牌的值默认隐藏，需要时再显示</translation>
    </message>
</context>
<context>
    <name>wsi::HarFile</name>
    <message>
        <source>%1: not a HAR file: JSON error at byte %2: %3</source>
        <translation>%1：不是 HAR 文件：第 %2 字节处 JSON 错误：%3</translation>
    </message>
    <message>
        <source>%1: the HAR file has no WebSocket entries (no &quot;_webSocketMessages&quot; in %2 entries)</source>
        <translation>%1：此 HAR 文件没有 WebSocket 条目（%2 个条目中都没有 &quot;_webSocketMessages&quot;）</translation>
    </message>
    <message>
        <source>%1: %2 WebSocket entries; imported the first (entry %3)</source>
        <translation>%1：有 %2 个 WebSocket 条目；已导入第一个（条目 %3）</translation>
    </message>
    <message>
        <source>%1: entry %2, message %3</source>
        <translation>%1：条目 %2，消息 %3</translation>
    </message>
    <message>
        <source>: type &quot;%1&quot; is neither send nor receive; skipped</source>
        <translation>：类型“%1”既不是 send 也不是 receive；已跳过</translation>
    </message>
    <message>
        <source>: opcode %1 is not a data frame; skipped</source>
        <translation>：操作码 %1 不是数据帧；已跳过</translation>
    </message>
    <message>
        <source>: time %1 is not a timestamp; skipped</source>
        <translation>：时间 %1 不是时间戳；已跳过</translation>
    </message>
    <message>
        <source>: binary data is not valid base64; skipped</source>
        <translation>：二进制数据不是有效的 base64；已跳过</translation>
    </message>
</context>
<context>
    <name>wsi::InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: is a pipe or socket, not a file: it is not read (it could wait for a writer forever); save what it carries to a file first</source>
        <translation>%1：是管道或套接字，不是文件：不会读取它（它可能会永远等待写入方）；请先把它传送的内容保存到文件</translation>
    </message>
    <message>
        <source>%1: is a device, not a file: it is not read (a device such as /dev/zero never ends)</source>
        <translation>%1：是设备，不是文件：不会读取它（/dev/zero 这样的设备永远不会结束）</translation>
    </message>
    <message>
        <source>%1: too big to open here: %2 MiB needs about %3 MiB of memory and %4 MiB are free</source>
        <translation>%1：太大，无法在此打开：%2 MiB 需要约 %3 MiB 内存，而可用内存只有 %4 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>wsi::InterceptPage</name>
    <message>
        <source>Ignore certificate errors</source>
        <translation>忽略证书错误</translation>
    </message>
    <message>
        <source>The address the relay listens on. 127.0.0.1: only programs on this computer can connect</source>
        <translation>中继监听的地址。127.0.0.1：只有本机上的程序可以连接</translation>
    </message>
    <message>
        <source>ws://server:port/path or wss://…: where each client is forwarded</source>
        <translation>ws://server:port/path 或 wss://…：每个客户端被转发到的地址</translation>
    </message>
    <message>
        <source>Accept the upstream&apos;s TLS certificate even when it is not trusted (its errors are shown in the log)</source>
        <translation>即使上游的 TLS 证书不受信任也接受它（其错误会显示在日志中）</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>To server</source>
        <translation>发往服务器</translation>
    </message>
    <message>
        <source>To client</source>
        <translation>发往客户端</translation>
    </message>
    <message>
        <source>Inject into</source>
        <translation>注入到</translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation>断点</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>上游：%1</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Listening on %1; each client is forwarded to %2</source>
        <translation>正在监听 %1；每个客户端都被转发到 %2</translation>
    </message>
    <message>
        <source>Stopped: the relay no longer listens, and its connections were closed</source>
        <translation>已停止：中继不再监听，其连接均已关闭</translation>
    </message>
    <message>
        <source>Listening on %1: anyone who can reach this address on the network can connect, and talk to the upstream through you</source>
        <translation>正在监听 %1：网络上任何能访问此地址的人都可以连接，并通过你与上游通信</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>拦截</translation>
    </message>
    <message numerus="yes">
        <source> (%n held)</source>
        <translation>
            <numerusform> (暂存 %n 条)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not injected: %1</source>
        <translation>未注入：%1</translation>
    </message>
    <message>
        <source>Injected into #%1 toward the server</source>
        <translation>已注入 #%1，发往服务器</translation>
    </message>
    <message>
        <source>Injected into #%1 toward the client</source>
        <translation>已注入 #%1，发往客户端</translation>
    </message>
    <message>
        <source>connection #%1 is not open</source>
        <translation>连接 #%1 未打开</translation>
    </message>
</context>
<context>
    <name>wsi::JsonFile</name>
    <message>
        <source>%1: a JSON object was expected at the top</source>
        <translation>%1：顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a %2 file (no &quot;%3&quot; version number)</source>
        <translation>%1：不是 %2 文件（没有 &quot;%3&quot; 版本号）</translation>
    </message>
    <message>
        <source>%1: %2 format version %3 comes from a newer WebSocket Inspector; this one reads up to version %4</source>
        <translation>%1：%2 格式版本 %3 来自更新版本的 WebSocket Inspector；此版本最高只能读取版本 %4</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>wsi::JsonIndex</name>
    <message>
        <source>more than one JSON value</source>
        <translation>不止一个 JSON 值</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>第 %2 字节处：%1</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>文本在应有值的位置结束</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a key in quotes was expected</source>
        <translation>此处应为带引号的键</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after the key</source>
        <translation>键之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the text ends inside an %1</source>
        <translation>文本在%1内部结束</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>\u needs four hex digits</source>
        <translation>\u 需要四位十六进制数字</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>a digit was expected</source>
        <translation>此处应为数字</translation>
    </message>
    <message>
        <source>too large to read as a tree (%1 bytes)</source>
        <translation>太大，无法作为树读取（%1 字节）</translation>
    </message>
</context>
<context>
    <name>wsi::JsonPath</name>
    <message>
        <source>JSON path &quot;%1&quot;, character %2: %3</source>
        <translation>JSON 路径“%1”，第 %2 个字符：%3</translation>
    </message>
    <message>
        <source>a path starts with $</source>
        <translation>路径应以 $ 开头</translation>
    </message>
    <message>
        <source>a key name was expected after the dot</source>
        <translation>点号后应为键名</translation>
    </message>
    <message>
        <source>the quoted key is not closed</source>
        <translation>带引号的键没有闭合</translation>
    </message>
    <message>
        <source>an index or a quoted key was expected after [</source>
        <translation>[ 后应为索引或带引号的键</translation>
    </message>
    <message>
        <source>] was expected</source>
        <translation>此处应为 ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot come here (. or [ was expected)</source>
        <translation>“%1”不能出现在此处（应为 . 或 [）</translation>
    </message>
</context>
<context>
    <name>wsi::JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>empty: not a JSON value</source>
        <translation>为空：不是 JSON 值</translation>
    </message>
    <message>
        <source>%1 values where one was expected (a comma at the top level?)</source>
        <translation>此处应为一个值，却有 %1 个（顶层多了逗号？）</translation>
    </message>
    <message>
        <source>arguments are not JSON: </source>
        <translation>参数不是 JSON：</translation>
    </message>
</context>
<context>
    <name>wsi::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>wsi::JsonTreePane</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Search in this message</source>
        <translation>在此消息中搜索</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path, $.items[3].id, as replay&apos;s --ignore takes it (Ctrl+Shift+C)</source>
        <translation>复制所选节点的路径（如 $.items[3].id），格式与 replay 的 --ignore 相同（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Message as a JSON tree</source>
        <translation>消息的 JSON 树</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;path (for replay --ignore)</source>
        <translation>复制路径（用于 replay --ignore）(&amp;P)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Select a JSON message to see it as a tree</source>
        <translation>选择一条 JSON 消息以树形查看</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes; open the rest by hand</source>
        <translation>已展开前 %1 个节点；其余请手动展开</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>匹配 %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>Show the message as indented, coloured JSON text instead of the tree (Alt+T)</source>
        <translation>以缩进、着色的 JSON 文本代替树来显示消息（Alt+T）</translation>
    </message>
    <message>
        <source>Expand all: open every node (the first %1 in a large message)</source>
        <translation>全部展开：展开每个节点（大消息中只展开前 %1 个）</translation>
    </message>
    <message>
        <source>Collapse: close every node</source>
        <translation>折叠：收起每个节点</translation>
    </message>
    <message>
        <source>Message as JSON text</source>
        <translation>消息的 JSON 文本</translation>
    </message>
    <message>
        <source>The text shows the first %1; the tree has all of it</source>
        <translation>文本只显示前 %1；树中有全部内容</translation>
    </message>
</context>
<context>
    <name>wsi::LinkBar</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect without saved settings</source>
        <translation>不带已保存设置连接</translation>
    </message>
    <message>
        <source>Connect with the headers, cookies and on-connect messages saved for this URL</source>
        <translation>使用为此 URL 保存的请求头、Cookie 和连接后发送的消息进行连接</translation>
    </message>
    <message>
        <source>Connect with default options: nothing saved for this URL is sent</source>
        <translation>使用默认选项连接：不发送为此 URL 保存的任何内容</translation>
    </message>
    <message>
        <source>A link from another program. Not connected: check where it goes.</source>
        <translation>来自其他程序的链接。尚未连接：请检查它指向哪里。</translation>
    </message>
    <message>
        <source>On the wire: %1</source>
        <translation>线路上：%1</translation>
    </message>
    <message>
        <source>The host is written in punycode (xn--): it may look like another name.</source>
        <translation>主机名以 punycode（xn--）书写：它可能看起来像另一个名称。</translation>
    </message>
    <message>
        <source>Letters that are not ASCII and can look like others: %1</source>
        <translation>非 ASCII、可能与其他字母相像的字母：%1</translation>
    </message>
    <message>
        <source>The link carries a user name and password of its own.</source>
        <translation>该链接自带用户名和密码。</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>请求头 %1</translation>
    </message>
    <message>
        <source>cookies %1</source>
        <translation>Cookie %1</translation>
    </message>
    <message>
        <source>on-connect messages: %1</source>
        <translation>连接后发送的消息：%1</translation>
    </message>
    <message>
        <source>Nothing is saved for this URL: Connect sends only what the link holds.</source>
        <translation>没有为此 URL 保存任何内容：“连接”只发送链接本身包含的内容。</translation>
    </message>
    <message>
        <source>Connect sends what is saved for this URL: %1.</source>
        <translation>“连接”会发送为此 URL 保存的内容：%1。</translation>
    </message>
</context>
<context>
    <name>wsi::LinkReview</name>
    <message>
        <source>Not a ws:// or wss:// link: %1</source>
        <translation>不是 ws:// 或 wss:// 链接：%1</translation>
    </message>
</context>
<context>
    <name>wsi::Listener</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>the port is in use</source>
        <translation>端口已被占用</translation>
    </message>
</context>
<context>
    <name>wsi::ListeningPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>The address to listen on. 127.0.0.1: only programs on this computer can connect</source>
        <translation>要监听的地址。127.0.0.1：只有本机上的程序可以连接</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>任意空闲</translation>
    </message>
    <message>
        <source>The port to listen on; &quot;any free&quot; picks one</source>
        <translation>要监听的端口；“任意空闲”表示自动选一个</translation>
    </message>
    <message>
        <source>Start, then point your client at the URL shown here</source>
        <translation>启动后，让你的客户端连接此处显示的 URL</translation>
    </message>
    <message>
        <source>Save this log as a session file (File → Open session reads it)</source>
        <translation>将此日志保存为会话文件（可用“文件 → 打开会话”读取）</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Session (*.jsonl)</source>
        <translation>会话 (*.jsonl)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Point your client at</source>
        <translation>让客户端连接</translation>
    </message>
    <message>
        <source>Lo&amp;g shows</source>
        <translation>日志显示(&amp;G)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (127.0.0.1 for this computer only)</source>
        <translation>“%1”不是可监听的 IP 地址（127.0.0.1 表示仅限本机）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Listening on %1: anyone who can reach this address on the network can connect</source>
        <translation>正在监听 %1：网络上任何能访问此地址的人都可以连接</translation>
    </message>
    <message>
        <source>Connection #%1: %2</source>
        <translation>连接 #%1：%2</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>no client connected</source>
        <translation>没有已连接的客户端</translation>
    </message>
    <message>
        <source>A client connection&apos;s handshake shows here: the request the client sent, and the answer the server sent.</source>
        <translation>客户端连接的握手显示在此：客户端发送的请求，以及服务器返回的应答。</translation>
    </message>
    <message>
        <source>— The client sent —</source>
        <translation>— 客户端的请求 —</translation>
    </message>
    <message>
        <source>(no request yet)</source>
        <translation>（尚无请求）</translation>
    </message>
    <message>
        <source>— The server answered —</source>
        <translation>— 服务器的应答 —</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>（尚无应答）</translation>
    </message>
    <message>
        <source>no client is connected</source>
        <translation>没有已连接的客户端</translation>
    </message>
    <message>
        <source>Saved %1 events to %2</source>
        <translation>已将 %1 个事件保存到 %2</translation>
    </message>
</context>
<context>
    <name>wsi::LogFilterModel</name>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message numerus="yes">
        <source>↕ %n pings/pongs</source>
        <comment>keep-alive rows folded into one</comment>
        <translation>
            <numerusform>↕ %n 个 ping/pong</numerusform>
        </translation>
    </message>
    <message>
        <source>, RTT %1 ms</source>
        <translation>，RTT %1 毫秒</translation>
    </message>
    <message>
        <source>, RTT %1–%2 ms</source>
        <translation>，RTT %1–%2 毫秒</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <comment>log kind: folded pings and pongs</comment>
        <translation>保活</translation>
    </message>
    <message numerus="yes">
        <source>%n keep-alive rows folded; uncheck Fold keep-alive to see each</source>
        <translation>
            <numerusform>已折叠 %n 个保活行；取消勾选“折叠保活行”可逐行查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pinned</source>
        <translation>
            <numerusform>其中 %n 个已标记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsi::LogPane</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>复制消息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;rows</source>
        <translation>复制行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>重发(&amp;R)</translation>
    </message>
    <message>
        <source>Filter: text, or /regular expression/  (Ctrl+F)</source>
        <translation>过滤：文本，或 /正则表达式/  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All but pings</source>
        <translation>除 ping 以外</translation>
    </message>
    <message>
        <source>Hides ping and pong frames, heartbeat messages and Engine.IO pings and pongs</source>
        <translation>隐藏 ping 和 pong 帧、心跳消息以及 Engine.IO 的 ping 和 pong</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类型过滤</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>↓ In</source>
        <translation>↓ 收</translation>
    </message>
    <message>
        <source>↑ Out</source>
        <translation>↑ 发</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>方向过滤</translation>
    </message>
    <message>
        <source>Scroll to new rows while at the bottom; uncheck to read undisturbed</source>
        <translation>位于底部时滚动到新行；取消勾选可不受打扰地阅读</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Copy the selected messages&apos; whole payloads (binary as hex)</source>
        <translation>复制所选消息的完整载荷（二进制以 hex 表示）</translation>
    </message>
    <message>
        <source>Copy the selected rows as the table shows them, tab-separated</source>
        <translation>按表格显示的样子复制所选行，以制表符分隔</translation>
    </message>
    <message>
        <source>Send the selected messages again, in order, on this connection</source>
        <translation>在此连接上按顺序重新发送所选消息</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>所选消息</translation>
    </message>
    <message>
        <source>Select a row to see the whole message</source>
        <translation>选择一行以查看完整消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 older rows left the log (limit %2)</source>
        <translation>%1 个较早的行已移出日志（上限 %2）</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source> (checking, %1 %)</source>
        <translation>（检查中，%1 %）</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>控制帧</translation>
    </message>
    <message>
        <source>Only the protocol&apos;s control frames: pings, pongs and closes, both ways</source>
        <translation>只显示协议的控制帧：双向的 ping、pong 和关闭帧</translation>
    </message>
    <message>
        <source>Fold &amp;keep-alive</source>
        <translation>折叠保活行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Pin / unpin</source>
        <translation>标记 / 取消标记(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next pin</source>
        <translation>下一个标记(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious pin</source>
        <translation>上一个标记(&amp;V)</translation>
    </message>
    <message>
        <source>Co&amp;mpare the two rows</source>
        <translation>比较这两行(&amp;M)</translation>
    </message>
    <message>
        <source>Show each run of pings, pongs and heartbeats as one row with their count and round trips</source>
        <translation>把连续的 ping、pong 和心跳显示为一行，附带数量和往返时间</translation>
    </message>
    <message>
        <source>Pin the selected rows to come back to them (saved with Save session as…)</source>
        <translation>标记所选行以便回头查看（随“会话另存为…”一起保存）</translation>
    </message>
    <message>
        <source>Select two rows, then compare them side by side (JSON by path, key order ignored)</source>
        <translation>选择两行，然后并排比较（JSON 按路径比较，忽略键的顺序）</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>The selected message as a JSON tree: search it, copy a value or its path</source>
        <translation>以 JSON 树显示所选消息：可搜索、复制值或其路径</translation>
    </message>
    <message>
        <source>Row %1 is hidden by the filter</source>
        <translation>第 %1 行被过滤器隐藏</translation>
    </message>
    <message>
        <source>No pinned rows: Ctrl+B pins the selected ones</source>
        <translation>没有标记的行：按 Ctrl+B 标记所选行</translation>
    </message>
    <message>
        <source>Row %1 has no JSON to show as a tree</source>
        <translation>第 %1 行没有可显示为树的 JSON</translation>
    </message>
    <message>
        <source>Pinned row %1 is folded into this row (Fold keep-alive)</source>
        <translation>已标记的第 %1 行被折叠到此行中（折叠保活行）</translation>
    </message>
    <message numerus="yes">
        <source>The filter hides all %n pinned rows</source>
        <translation>
            <numerusform>过滤器隐藏了全部 %n 个已标记的行</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation>连接过滤</translation>
    </message>
    <message>
        <source>Show every client connection&apos;s rows, or only one connection&apos;s</source>
        <translation>显示每个客户端连接的行，或只显示某一个连接的行</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>#%1 only</source>
        <translation>仅 #%1</translation>
    </message>
</context>
<context>
    <name>wsi::MainWindow</name>
    <message>
        <source>&amp;Record to file…</source>
        <translation>录制到文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Connection &amp;panel</source>
        <translation>连接面板(&amp;P)</translation>
    </message>
    <message>
        <source>Connection tabs</source>
        <translation>连接标签页</translation>
    </message>
    <message>
        <source>Send to &amp;tabs…</source>
        <translation>发送到多个标签页(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New tab</source>
        <translation>新建标签页(&amp;N)</translation>
    </message>
    <message>
        <source>Close ta&amp;b</source>
        <translation>关闭标签页(&amp;B)</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>下一个标签页(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>上一个标签页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Sessions and HAR files (*.jsonl *.har);;All files (*)</source>
        <translation>会话和 HAR 文件 (*.jsonl *.har);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation>会话另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Session (*.jsonl)</source>
        <translation>会话 (*.jsonl)</translation>
    </message>
    <message>
        <source>Write every event to a session file as it happens</source>
        <translation>事件发生时即写入会话文件</translation>
    </message>
    <message>
        <source>Log &amp;row limit…</source>
        <translation>日志行数上限(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About WebSocket Inspector</source>
        <translation>关于 WebSocket Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>About WebSocket Inspector</source>
        <translation>关于 WebSocket Inspector</translation>
    </message>
    <message>
        <source>WebSocket Inspector %1
Connect, send, watch every frame, record and replay.</source>
        <translation>WebSocket Inspector %1
连接、发送、查看每一帧、录制和回放。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>跟随系统(&amp;Y)</translation>
    </message>
    <message>
        <source>The language changes when WebSocket Inspector next starts</source>
        <translation>语言将在 WebSocket Inspector 下次启动时更改</translation>
    </message>
    <message>
        <source>Log row limit</source>
        <translation>日志行数上限</translation>
    </message>
    <message>
        <source>Logs hold every row</source>
        <translation>日志保留所有行</translation>
    </message>
    <message>
        <source>Logs hold the newest %1 rows</source>
        <translation>日志保留最新的 %1 行</translation>
    </message>
    <message>
        <source> [Socket.IO]</source>
        <translation> [Socket.IO]</translation>
    </message>
    <message>
        <source>%1 — WebSocket Inspector</source>
        <translation>%1 — WebSocket Inspector</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <source>Sent to %1 of %2 tabs</source>
        <translation>已发送到 %2 个标签页中的 %1 个</translation>
    </message>
    <message>
        <source>Rows each log holds (0 = no limit).
Past it the oldest rows leave the log; a recording (File → Record) keeps every message.</source>
        <translation>每个日志保留的行数（0 = 不限制）。
超过后最早的行会移出日志；录制文件（文件 → 录制）会保留每一条消息。</translation>
    </message>
    <message>
        <source>Keep secrets in a private file when no keyring answers</source>
        <translation>无密钥环可用时将机密保存在私有文件中</translation>
    </message>
    <message>
        <source>Header values such as Authorization and URL tokens go to a file only you can read, instead of being forgotten when the program ends</source>
        <translation>Authorization 等请求头的值和 URL 中的令牌会保存到只有你能读取的文件中，而不是在程序结束时丢弃</translation>
    </message>
    <message>
        <source>Memory is running low</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Only %1 MiB of memory are left, and the logs keep every row.
Keep only the newest %2 rows? A recording (File → Record) still keeps every message.</source>
        <translation>只剩 %1 MiB 内存，而日志保留了所有行。
是否只保留最新的 %2 行？录制文件（文件 → 录制）仍会保留每一条消息。</translation>
    </message>
    <message>
        <source>Keep the newest %1 rows</source>
        <translation>保留最新的 %1 行</translation>
    </message>
    <message>
        <source>Keep every row</source>
        <translation>保留所有行</translation>
    </message>
    <message>
        <source>Memory is running low: %1 MiB left</source>
        <translation>内存不足：剩余 %1 MiB</translation>
    </message>
    <message>
        <source>Co&amp;nnections</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;collection…</source>
        <translation>打开集合(&amp;C)…</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>打开集合</translation>
    </message>
    <message>
        <source>Collections (*.json);;All files (*)</source>
        <translation>集合 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save connection to co&amp;llection…</source>
        <translation>将连接保存到集合(&amp;L)…</translation>
    </message>
    <message>
        <source>Run c&amp;heck file…</source>
        <translation>运行检查文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Run check file</source>
        <translation>运行检查文件</translation>
    </message>
    <message>
        <source>Check files (*.json);;All files (*)</source>
        <translation>检查文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No collection file is open to save into.</source>
        <translation>没有打开的集合文件可供保存。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>Collections (*.json)</source>
        <translation>集合 (*.json)</translation>
    </message>
    <message>
        <source>Save to collection</source>
        <translation>保存到集合</translation>
    </message>
    <message>
        <source>A saved message goes into a connection tab&apos;s composer: choose one first</source>
        <translation>已保存的消息会放入连接标签页的编辑器：请先选择一个连接标签页</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the composer</source>
        <translation>“%1”已放入编辑器</translation>
    </message>
    <message>
        <source>New &amp;intercept…</source>
        <translation>新建拦截(&amp;I)…</translation>
    </message>
    <message>
        <source>Sit between another program and its WebSocket server: see, hold, edit and inject its messages</source>
        <translation>位于另一个程序与其 WebSocket 服务器之间：查看、暂存、编辑和注入它的消息</translation>
    </message>
    <message>
        <source>New &amp;mock server…</source>
        <translation>新建模拟服务器(&amp;M)…</translation>
    </message>
    <message>
        <source>Be the WebSocket server for a client: answer it by rules from a file or by hand</source>
        <translation>作为客户端的 WebSocket 服务器：按文件中的规则或手动应答</translation>
    </message>
</context>
<context>
    <name>wsi::Matcher</name>
    <message>
        <source>%1 &quot;%2&quot; does not compile: %3 at character %4</source>
        <translation>%1“%2”无法编译：%3（第 %4 个字符处）</translation>
    </message>
    <message>
        <source>regex &quot;%1&quot; has %2 groups without a name; captures names %3</source>
        <translation>regex“%1”有 %2 个未命名的分组，但 captures 给出了 %3 个名称</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: socketio, graphql, stomp, mqtt or jsonrpc</source>
        <translation>protocol“%1”：应为 socketio、graphql、stomp、mqtt 或 jsonrpc</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name (letters, digits, _ - .)</source>
        <translation>“%1”不是变量名（字母、数字、_ - .）</translation>
    </message>
    <message>
        <source> (%1 is not in it)</source>
        <translation>（其中没有 %1）</translation>
    </message>
    <message>
        <source>%1 = %2 in %3</source>
        <translation>%3 中 %1 = %2</translation>
    </message>
    <message>
        <source>any message</source>
        <translation>任意消息</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>文本 %1</translation>
    </message>
    <message>
        <source>text matching /%1/</source>
        <translation>匹配 /%1/ 的文本</translation>
    </message>
    <message>
        <source>JSON containing %1</source>
        <translation>包含 %1 的 JSON</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 存在</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 matching /%2/</source>
        <translation>%1 匹配 /%2/</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <translation>事件“%1”</translation>
    </message>
    <message>
        <source>binary, %1 bytes: %2</source>
        <translation>二进制，%1 字节：%2</translation>
    </message>
    <message>
        <source>one of text, contains, regex, json, jsonPath or event per step</source>
        <translation>每个步骤需要 text、contains、regex、json、jsonPath 或 event 之一</translation>
    </message>
    <message>
        <source>text containing %1</source>
        <translation>包含 %1 的文本</translation>
    </message>
</context>
<context>
    <name>wsi::MessageDraft</name>
    <message>
        <source>not hex: &apos;%1&apos; is not a hex digit</source>
        <translation>不是 hex：“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>odd number of hex digits (%1): each byte takes two</source>
        <translation>十六进制数字个数为奇数（%1）：每个字节需要两位</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>choose a file to send</source>
        <translation>请选择要发送的文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 大于 %2 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>name the event to emit</source>
        <translation>请填写要发出的事件名</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（hex）</translation>
    </message>
    <message>
        <source>Binary (base64)</source>
        <translation>二进制（base64）</translation>
    </message>
    <message>
        <source>Binary (file)</source>
        <translation>二进制（文件）</translation>
    </message>
    <message>
        <source>Socket.IO event</source>
        <translation>Socket.IO 事件</translation>
    </message>
    <message>
        <source>GraphQL subscribe</source>
        <translation>GraphQL 订阅</translation>
    </message>
</context>
<context>
    <name>wsi::MessageLogModel</name>
    <message>
        <source>  (round trip %1 ms)</source>
        <translation>  （往返 %1 毫秒）</translation>
    </message>
    <message>
        <source>state → %1</source>
        <translation>状态 → %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>, closed by %1</source>
        <translation>，由%1关闭</translation>
    </message>
    <message>
        <source>Socket.IO: </source>
        <translation>Socket.IO：</translation>
    </message>
    <message>
        <source>

… %1 more bytes not shown here; Export or Save has the whole message.</source>
        <translation>

… 还有 %1 字节未在此显示；“导出”或“保存”包含完整消息。</translation>
    </message>
    <message>
        <source>↑ out</source>
        <translation>↑ 发</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>state</source>
        <comment>log kind: a state change</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>open</source>
        <comment>log kind: the connection opened</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>text</source>
        <comment>log kind: a text message</comment>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <comment>log kind: a binary message</comment>
        <translation>二进制</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>log kind: a ping frame</comment>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <comment>log kind: a pong frame</comment>
        <translation>pong</translation>
    </message>
    <message>
        <source>close</source>
        <comment>log kind: the connection closed</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>error</source>
        <comment>log kind</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>reconnect</source>
        <comment>log kind</comment>
        <translation>重连</translation>
    </message>
    <message>
        <source>info</source>
        <comment>log kind: a note from the inspector</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>on-connect</source>
        <comment>message sent on every connect</comment>
        <translation>连接时</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <comment>message tag</comment>
        <translation>心跳</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>message tag: sent once reconnected</comment>
        <translation>排队</translation>
    </message>
    <message>
        <source>resent</source>
        <comment>message tag</comment>
        <translation>重发</translation>
    </message>
    <message>
        <source>in</source>
        <comment>direction of a message</comment>
        <translation>收</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction of a message</comment>
        <translation>发</translation>
    </message>
    <message>
        <source>local</source>
        <comment>direction: an event of the inspector itself</comment>
        <translation>本地</translation>
    </message>
    <message>
        <source>↓ in</source>
        <translation>↓ 收</translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <comment>a message that came in fragments</comment>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>── Bytes of this message ──</source>
        <translation>── 此消息的字节 ──</translation>
    </message>
    <message>
        <source>── Bytes ──</source>
        <translation>── 字节 ──</translation>
    </message>
    <message>
        <source>── Message ──</source>
        <translation>── 消息 ──</translation>
    </message>
    <message>
        <source>#%1 ↓ to client</source>
        <translation>#%1 ↓ 发往客户端</translation>
    </message>
    <message>
        <source>#%1 ↑ to server</source>
        <translation>#%1 ↑ 发往服务器</translation>
    </message>
    <message>
        <source>#%1 •</source>
        <translation>#%1 •</translation>
    </message>
    <message>
        <source>#%1 ↓ from client</source>
        <translation>#%1 ↓ 来自客户端</translation>
    </message>
    <message>
        <source>#%1 ↑ to client</source>
        <translation>#%1 ↑ 发往客户端</translation>
    </message>
</context>
<context>
    <name>wsi::MockCommand</name>
    <message>
        <source>wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect to the mock server
</source>
        <translation>wsinspector-cli：警告：正在监听 %1：任何能访问此地址的人都可以连接到模拟服务器
</translation>
    </message>
    <message numerus="yes">
        <source>wsinspector-cli: mock server listening on %1 (%2: %n rule(s))
</source>
        <translation>
            <numerusform>wsinspector-cli：模拟服务器正在监听 %1（%2：%n 条规则）
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsi::MockConnection</name>
    <message>
        <source>the client did not answer the close frame within %1 s: disconnected</source>
        <translation>客户端未在 %1 秒内应答关闭帧：已断开连接</translation>
    </message>
    <message>
        <source>client %1:%2 connected</source>
        <translation>客户端 %1:%2 已连接</translation>
    </message>
    <message>
        <source>the client&apos;s request head is longer than 64 KiB</source>
        <translation>客户端的请求头部超过 64 KiB</translation>
    </message>
    <message>
        <source>the client&apos;s request is not an HTTP GET</source>
        <translation>客户端的请求不是 HTTP GET</translation>
    </message>
    <message>
        <source>the client&apos;s request is not a WebSocket upgrade (Upgrade, Connection or Sec-WebSocket-Key missing)</source>
        <translation>客户端的请求不是 WebSocket 升级请求（缺少 Upgrade、Connection 或 Sec-WebSocket-Key）</translation>
    </message>
    <message>
        <source>the client asked for WebSocket version &quot;%1&quot;; this server speaks 13</source>
        <translation>客户端请求的 WebSocket 版本为“%1”；此服务器只支持 13</translation>
    </message>
    <message>
        <source>handshake for %1 refused with HTTP %2 by the rules</source>
        <translation>已按规则以 HTTP %2 拒绝 %1 的握手</translation>
    </message>
    <message>
        <source>the client sent a close frame with a 1-byte payload (RFC 6455 §5.5.1)</source>
        <translation>客户端发送了载荷为 1 字节的关闭帧（RFC 6455 §5.5.1）</translation>
    </message>
    <message>
        <source>mock server: %1</source>
        <translation>模拟服务器：%1</translation>
    </message>
    <message>
        <source>the client&apos;s connection ended without a close frame</source>
        <translation>客户端的连接在没有关闭帧的情况下结束</translation>
    </message>
    <message>
        <source>the client sent nothing within %1 s of connecting: disconnected</source>
        <translation>客户端连接后 %1 秒内未发送任何内容：已断开</translation>
    </message>
    <message>
        <source>the client sent no whole handshake within %1 s of connecting: disconnected</source>
        <translation>客户端连接后 %1 秒内未发送完整的握手：已断开</translation>
    </message>
</context>
<context>
    <name>wsi::MockRules</name>
    <message>
        <source>%1 does not take &quot;%2&quot; (it takes %3)</source>
        <translation>%1 不接受 &quot;%2&quot;（可用的键：%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wants a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; 需要 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wants a string</source>
        <translation>&quot;%1&quot; 需要字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wants a string or a JSON object or array to send</source>
        <translation>&quot;%1&quot; 需要要发送的字符串、JSON 对象或数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wants an object: {&quot;code&quot;: 1000, &quot;reason&quot;: &quot;...&quot;}</source>
        <translation>&quot;%1&quot; 需要一个对象：{&quot;code&quot;: 1000, &quot;reason&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a close code a server may send (1000, 1001, 1003, 1007-1014, 3000-4999)</source>
        <translation>%1 不是服务器可以发送的关闭码（1000、1001、1003、1007-1014、3000-4999）</translation>
    </message>
    <message>
        <source>a close reason is at most 123 bytes (RFC 6455 §5.5)</source>
        <translation>关闭原因最多 123 字节（RFC 6455 §5.5）</translation>
    </message>
    <message>
        <source>&quot;onConnect&quot; wants an array of messages</source>
        <translation>&quot;onConnect&quot; 需要消息数组</translation>
    </message>
    <message>
        <source>an onConnect message is a string or {&quot;send&quot;: ..., &quot;delayMs&quot;: N}</source>
        <translation>onConnect 中的消息应为字符串或 {&quot;send&quot;: ..., &quot;delayMs&quot;: N}</translation>
    </message>
    <message>
        <source>&quot;every&quot; wants an array of {&quot;seconds&quot;: N, &quot;send&quot;: ...}</source>
        <translation>&quot;every&quot; 需要由 {&quot;seconds&quot;: N, &quot;send&quot;: ...} 组成的数组</translation>
    </message>
    <message>
        <source>an &quot;every&quot; entry is {&quot;seconds&quot;: N, &quot;send&quot;: ...}</source>
        <translation>&quot;every&quot; 的每一项应为 {&quot;seconds&quot;: N, &quot;send&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; wants a number from 0.01 to 86400</source>
        <translation>&quot;seconds&quot; 需要 0.01 到 86400 之间的数字</translation>
    </message>
    <message>
        <source>&quot;reject&quot; wants an object with a &quot;status&quot;: {&quot;status&quot;: 403}</source>
        <translation>&quot;reject&quot; 需要带 &quot;status&quot; 的对象：{&quot;status&quot;: 403}</translation>
    </message>
    <message>
        <source>a reason phrase is one line</source>
        <translation>原因短语只能是一行</translation>
    </message>
    <message>
        <source>reject: path &quot;%1&quot; does not compile: %2 at character %3</source>
        <translation>reject：路径“%1”无法编译：%2（第 %3 个字符处）</translation>
    </message>
    <message>
        <source>rule %1 is not an object</source>
        <translation>规则 %1 不是对象</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation>规则 %1（“%2”）</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>a rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; wants an array of names (HTTP tokens)</source>
        <translation>&quot;subprotocols&quot; 需要名称数组（HTTP token）</translation>
    </message>
    <message>
        <source>&quot;closeAfter&quot; wants {&quot;messages&quot;: K, &quot;code&quot;: 1000, &quot;reason&quot;: &quot;...&quot;}</source>
        <translation>&quot;closeAfter&quot; 需要 {&quot;messages&quot;: K, &quot;code&quot;: 1000, &quot;reason&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;rules&quot; wants an array of rules</source>
        <translation>&quot;rules&quot; 需要规则数组</translation>
    </message>
</context>
<context>
    <name>wsi::PlainText</name>
    <message>
        <source>… %1 more bytes not shown
</source>
        <translation>… 还有 %1 字节未显示
</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source> … (%1 more characters on this line; Copy message has them all)</source>
        <translation> …（此行还有 %1 个字符；“复制消息”包含全部内容）</translation>
    </message>
</context>
<context>
    <name>wsi::RelayCommand</name>
    <message>
        <source>--listen wants a port (0 to 65535) or ADDRESS:PORT, not &quot;%1&quot;</source>
        <translation>--listen 需要端口（0 到 65535）或“地址:端口”，而不是“%1”</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect and talk to %2 through the relay
</source>
        <translation>wsinspector-cli：警告：正在监听 %1：任何能访问此地址的人都可以连接，并通过中继与 %2 通信
</translation>
    </message>
    <message>
        <source>wsinspector-cli: relay listening on %1, forwarding to %2
</source>
        <translation>wsinspector-cli：中继正在监听 %1，转发到 %2
</translation>
    </message>
</context>
<context>
    <name>wsi::RelayConnection</name>
    <message>
        <source>the upstream %1 did not answer the handshake within %2 s</source>
        <translation>上游 %1 未在 %2 秒内应答握手</translation>
    </message>
    <message>
        <source>client %1:%2 connected</source>
        <translation>客户端 %1:%2 已连接</translation>
    </message>
    <message>
        <source>the client sent %1 instead of a WebSocket handshake</source>
        <translation>客户端发送的是 %1，而不是 WebSocket 握手</translation>
    </message>
    <message>
        <source>the client&apos;s request head is over %1 bytes</source>
        <translation>客户端的请求头部超过 %1 字节</translation>
    </message>
    <message>
        <source>the client&apos;s request is not HTTP</source>
        <translation>客户端的请求不是 HTTP</translation>
    </message>
    <message>
        <source>the client&apos;s request is not a WebSocket upgrade (Upgrade, Connection or Sec-WebSocket-Key missing)</source>
        <translation>客户端的请求不是 WebSocket 升级请求（缺少 Upgrade、Connection 或 Sec-WebSocket-Key）</translation>
    </message>
    <message>
        <source>the upstream&apos;s certificate errors were ignored (--insecure): %1</source>
        <translation>已忽略上游的证书错误（--insecure）：%1</translation>
    </message>
    <message>
        <source>the upstream&apos;s TLS certificate was refused: %1 (%2)</source>
        <translation>上游的 TLS 证书被拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>the upstream %1 answered the handshake with something that is not HTTP</source>
        <translation>上游 %1 对握手的应答不是 HTTP</translation>
    </message>
    <message>
        <source>the upstream %1 refused the handshake: HTTP %2 %3</source>
        <translation>上游 %1 拒绝了握手：HTTP %2 %3</translation>
    </message>
    <message>
        <source>the upstream&apos;s Sec-WebSocket-Accept does not match the key</source>
        <translation>上游的 Sec-WebSocket-Accept 与密钥不匹配</translation>
    </message>
    <message>
        <source>cannot reach the upstream %1: %2</source>
        <translation>无法连接上游 %1：%2</translation>
    </message>
    <message>
        <source>the upstream %1 hung up during the handshake</source>
        <translation>上游 %1 在握手期间断开了连接</translation>
    </message>
    <message>
        <source>upstream: %1</source>
        <translation>上游：%1</translation>
    </message>
    <message numerus="yes">
        <source>the client disconnected: %n held message(s) dropped</source>
        <translation>
            <numerusform>客户端已断开：丢弃了 %n 条暂存的消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server disconnected: %n held message(s) dropped</source>
        <translation>
            <numerusform>服务器已断开：丢弃了 %n 条暂存的消息</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s connection ended without a close frame</source>
        <translation>客户端的连接在没有关闭帧的情况下结束</translation>
    </message>
    <message>
        <source>the connection ended without a close frame</source>
        <translation>连接在没有关闭帧的情况下结束</translation>
    </message>
    <message>
        <source>relay: %1</source>
        <translation>中继：%1</translation>
    </message>
    <message>
        <source>the client sent no complete WebSocket handshake within %1 s</source>
        <translation>客户端未在 %1 秒内发送完整的 WebSocket 握手</translation>
    </message>
</context>
<context>
    <name>wsi::RelayRules</name>
    <message>
        <source>&quot;%1&quot; is not REGEX=REPLACEMENT (write \= for an = inside the regex)</source>
        <translation>“%1”不是 REGEX=REPLACEMENT 的形式（正则表达式中的 = 要写成 \=）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the regular expression is empty</source>
        <translation>“%1”：正则表达式为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 at offset %3</source>
        <translation>“%1”不是有效的正则表达式：%2（位于偏移 %3）</translation>
    </message>
    <message>
        <source>a breakpoint needs a direction</source>
        <translation>断点需要指定方向</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON path: %2</source>
        <translation>“%1”不是 JSON 路径：%2</translation>
    </message>
    <message>
        <source>a JSON path matches text messages, not binary ones or control frames</source>
        <translation>JSON 路径只匹配文本消息，不匹配二进制消息或控制帧</translation>
    </message>
</context>
<context>
    <name>wsi::RelayServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>the port is in use</source>
        <translation>端口已被占用</translation>
    </message>
</context>
<context>
    <name>wsi::ReplayDialog</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Replay to URL</source>
        <translation>回放到 URL</translation>
    </message>
    <message>
        <source>1× (as recorded)</source>
        <translation>1×（按录制时）</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>Only the %1 selected messages (of %2 sent)</source>
        <translation>仅所选的 %1 条消息（共发出 %2 条）</translation>
    </message>
    <message>
        <source>exact text</source>
        <translation>文本完全一致</translation>
    </message>
    <message>
        <source>equal JSON (key order ignored)</source>
        <translation>JSON 相等（忽略键的顺序）</translation>
    </message>
    <message>
        <source>JSON paths to ignore, comma-separated: ts, data.id, items.*.id</source>
        <translation>要忽略的 JSON 路径，以逗号分隔：ts, data.id, items.*.id</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Received / difference</source>
        <translation>收到 / 差异</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>目标 URL</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Compare replies</source>
        <translation>比较回复</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Replaying to %1…</source>
        <translation>正在回放到 %1…</translation>
    </message>
    <message>
        <source>Replay failed: %1. %2</source>
        <translation>回放失败：%1。%2</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>（未收到任何内容）</translation>
    </message>
</context>
<context>
    <name>wsi::Replayer</name>
    <message>
        <source>Replay failed: %1
</source>
        <translation>回放失败：%1
</translation>
    </message>
    <message>
        <source>reply %1: %2: %3
</source>
        <translation>回复 %1：%2：%3
</translation>
    </message>
    <message>
        <source>%1 sent, %2 replies matched, %3 mismatched, %4 missing, %5 unexpected: %6
</source>
        <translation>发出 %1 条，回复匹配 %2 条，不匹配 %3 条，缺失 %4 条，多余 %5 条：%6
</translation>
    </message>
    <message>
        <source>the session has no outgoing messages to replay</source>
        <translation>该会话没有可回放的发出消息</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 messages</source>
        <translation>发出 %2 条消息中的 %1 条后连接关闭</translation>
    </message>
    <message>
        <source>stopped by the user after %1 of %2 messages</source>
        <translation>发出 %2 条消息中的 %1 条后被用户停止</translation>
    </message>
    <message>
        <source>only %1 of the %2 bytes written went on to the server: it stopped reading
</source>
        <translation>写出的 %2 字节中只有 %1 字节发往了服务器：服务器已停止读取
</translation>
    </message>
    <message>
        <source>… and %1 more replies that did not match, not listed
</source>
        <translation>… 另有 %1 个不匹配的回复，未列出
</translation>
    </message>
    <message>
        <source>the session has no outgoing messages to replay (it holds %1 received messages only)</source>
        <translation>该会话没有可回放的发出消息（只有 %1 条收到的消息）</translation>
    </message>
</context>
<context>
    <name>wsi::ReplyComparer</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1：期望 %2，实际 %3</translation>
    </message>
    <message>
        <source>expected a %1 message, got a %2 message</source>
        <translation>期望 %1 消息，实际收到 %2 消息</translation>
    </message>
    <message>
        <source>binary differs: expected %1 (%2 bytes), got %3 (%4 bytes)</source>
        <translation>二进制不同：期望 %1（%2 字节），实际 %3（%4 字节）</translation>
    </message>
    <message>
        <source>text differs at character %1 (%2)</source>
        <translation>文本在第 %1 个字符处不同（%2）</translation>
    </message>
    <message>
        <source>text differs at character %1: expected &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>文本在第 %1 个字符处不同：期望“%2”，实际“%3”</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>不止一个 JSON 值</translation>
    </message>
</context>
<context>
    <name>wsi::SaveToCollectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Save to collection</source>
        <translation>保存到集合</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>集合(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>wsi::SecretStore</name>
    <message>
        <source>No keyring answers: secret header values and URL tokens are kept in %1, readable by you only (Connection → Keep secrets in a private file).</source>
        <translation>没有可用的密钥环：机密请求头的值和 URL 令牌保存在 %1 中，只有你能读取（连接 → 无密钥环可用时将机密保存在私有文件中）。</translation>
    </message>
    <message>
        <source>No keyring answers: secret header values and URL tokens are kept for this run only, never written to disk. Connection → Keep secrets in a private file keeps them across runs.</source>
        <translation>没有可用的密钥环：机密请求头的值和 URL 令牌只在本次运行中保留，从不写入磁盘。“连接 → 无密钥环可用时将机密保存在私有文件中”可在多次运行之间保留它们。</translation>
    </message>
</context>
<context>
    <name>wsi::SendToTabsDialog</name>
    <message>
        <source>Send to tabs</source>
        <translation>发送到多个标签页</translation>
    </message>
    <message>
        <source>Send the message in the composer to:</source>
        <translation>把编辑器中的消息发送到：</translation>
    </message>
    <message>
        <source>Tabs to send to</source>
        <translation>要发送到的标签页</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>wsi::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Clos&amp;e client…</source>
        <translation>关闭客户端(&amp;E)…</translation>
    </message>
    <message>
        <source>The address the mock server listens on. 127.0.0.1: only programs on this computer can connect</source>
        <translation>模拟服务器监听的地址。127.0.0.1：只有本机上的程序可以连接</translation>
    </message>
    <message>
        <source>&amp;Load rules…</source>
        <translation>加载规则(&amp;L)…</translation>
    </message>
    <message>
        <source>Read a rules file (README &quot;Mock server&quot;): what the server answers, sends and refuses</source>
        <translation>读取规则文件（见 README “Mock server”）：服务器应答、发送和拒绝什么</translation>
    </message>
    <message>
        <source>Save r&amp;ules…</source>
        <translation>保存规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Write the rules in the Rules tab to a file (wsinspector-cli serve --rules runs it)</source>
        <translation>把“规则”页中的规则写入文件（可用 wsinspector-cli serve --rules 运行）</translation>
    </message>
    <message>
        <source>Check the text and run it: clients that connect from now on follow it</source>
        <translation>检查文本并运行：此后连接的客户端将遵循它</translation>
    </message>
    <message>
        <source>Close the chosen client&apos;s connection with a code and a reason</source>
        <translation>以关闭码和原因关闭所选客户端的连接</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>New clients follow the rules applied; connected ones keep theirs</source>
        <translation>新客户端遵循已应用的规则；已连接的客户端保留原有规则</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Load rules</source>
        <translation>加载规则</translation>
    </message>
    <message>
        <source>Mock rules (*.json);;All files (*)</source>
        <translation>模拟规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Mock rules (*.json)</source>
        <translation>模拟规则 (*.json)</translation>
    </message>
    <message>
        <source>(rules not saved)</source>
        <translation>（规则未保存）</translation>
    </message>
    <message>
        <source>Rules not applied (the ones before still run): %1</source>
        <translation>规则未应用（之前的规则仍在运行）：%1</translation>
    </message>
    <message>
        <source>Rules applied: clients that connect from now on follow them</source>
        <translation>规则已应用：此后连接的客户端将遵循这些规则</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>规则已应用</translation>
    </message>
    <message>
        <source>Rules not loaded: %1: cannot read: %2</source>
        <translation>规则未加载：%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Rules not loaded (the ones before still run; Start will not until they read): %1</source>
        <translation>规则未加载（之前的规则仍在运行；在规则能读取之前无法启动）：%1</translation>
    </message>
    <message>
        <source>Loaded the rules of %1</source>
        <translation>已加载 %1 的规则</translation>
    </message>
    <message>
        <source>Rules not saved: %1: %2</source>
        <translation>规则未保存：%1：%2</translation>
    </message>
    <message>
        <source>Saved the rules to %1</source>
        <translation>已将规则保存到 %1</translation>
    </message>
    <message>
        <source>Saved the rules to %1; they do not read yet: %2</source>
        <translation>已将规则保存到 %1；但它们尚无法读取：%2</translation>
    </message>
    <message>
        <source>not from a file</source>
        <translation>不是来自文件</translation>
    </message>
    <message>
        <source>no rules: every message is shown, none answered</source>
        <translation>没有规则：显示每条消息，不作任何应答</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not started: the rules do not read: %1</source>
        <translation>未启动：规则无法读取：%1</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Stopped: the mock server no longer listens, and its clients were disconnected</source>
        <translation>已停止：模拟服务器不再监听，其客户端均已断开</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>a text message must be UTF-8</source>
        <translation>文本消息必须是 UTF-8</translation>
    </message>
    <message>
        <source>client #%1 is not open (or is closing)</source>
        <translation>客户端 #%1 未打开（或正在关闭）</translation>
    </message>
    <message>
        <source>Sent to client #%1</source>
        <translation>已发送到客户端 #%1</translation>
    </message>
    <message>
        <source>Not closed: no client is connected</source>
        <translation>未关闭：没有已连接的客户端</translation>
    </message>
    <message>
        <source>Close client #%1</source>
        <translation>关闭客户端 #%1</translation>
    </message>
    <message>
        <source>Not closed: %1 may not be sent in a close frame (RFC 6455 §7.4); 1000, 1001, 1008, 1011 or 3000–4999 may</source>
        <translation>未关闭：%1 不能在关闭帧中发送（RFC 6455 §7.4）；可以使用 1000、1001、1008、1011 或 3000–4999</translation>
    </message>
    <message>
        <source>Not closed: client #%1 is not open (or is closing already)</source>
        <translation>未关闭：客户端 #%1 未打开（或已在关闭）</translation>
    </message>
    <message>
        <source>Closing client #%1 with %2</source>
        <translation>正在以 %2 关闭客户端 #%1</translation>
    </message>
</context>
<context>
    <name>wsi::Session</name>
    <message>
        <source>The header Sec-WebSocket-Extensions cannot be set: the inspector does no compression or other extension, and a server that accepted one would send frames it cannot read</source>
        <translation>不能设置 Sec-WebSocket-Extensions 请求头：检查器不做压缩或其他扩展，接受扩展的服务器会发送它无法读取的帧</translation>
    </message>
    <message>
        <source>Not sent: the connection is %1, not OPEN (queuing while disconnected is off)</source>
        <translation>未发送：连接状态为 %1，不是 OPEN（断开期间排队已关闭）</translation>
    </message>
    <message>
        <source>Not sent: the connection is %1, not OPEN</source>
        <translation>未发送：连接状态为 %1，不是 OPEN</translation>
    </message>
    <message>
        <source>Close code %1 cannot be sent: use 1000-1003, 1007-1014 or 3000-4999</source>
        <translation>关闭码 %1 不能发送：请使用 1000-1003、1007-1014 或 3000-4999</translation>
    </message>
    <message>
        <source>Handshake with %1 failed: %2</source>
        <translation>与 %1 握手失败：%2</translation>
    </message>
    <message>
        <source>Timed out after %1 ms waiting for %2 to complete the handshake</source>
        <translation>等待 %2 完成握手，%1 毫秒后超时</translation>
    </message>
</context>
<context>
    <name>wsi::SessionActions</name>
    <message>
        <source>Session (*.jsonl);;HAR (*.har);;CSV (*.csv)</source>
        <translation>会话 (*.jsonl);;HAR (*.har);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected rows, or all the filter shows, as a session, HAR or CSV</source>
        <translation>把所选行（或过滤后显示的全部行）写为会话、HAR 或 CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>回放(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as chec&amp;k…</source>
        <translation>另存为检查(&amp;K)…</translation>
    </message>
    <message>
        <source>Write the selected rows, or all the filter shows, as a check file: the messages sent again, the replies expected</source>
        <translation>把所选行（或过滤后显示的全部行）写为检查文件：重新发送其中的消息，并期望收到相应的回复</translation>
    </message>
    <message>
        <source>Save as check</source>
        <translation>另存为检查</translation>
    </message>
    <message>
        <source>Check files (*.json)</source>
        <translation>检查文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>wsi::SessionExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>wsi::SessionFile</name>
    <message>
        <source>%1: the file is empty, not a session</source>
        <translation>%1：文件为空，不是会话文件</translation>
    </message>
    <message>
        <source>the last line is cut short (the recording was interrupted); skipped</source>
        <translation>最后一行不完整（录制被中断）；已跳过</translation>
    </message>
    <message>
        <source>not JSON (%1); skipped</source>
        <translation>不是 JSON（%1）；已跳过</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>；已跳过</translation>
    </message>
    <message>
        <source>%1:%2: not a session file: the first line is not a JSON object (%3)</source>
        <translation>%1:%2：不是会话文件：第一行不是 JSON 对象（%3）</translation>
    </message>
    <message>
        <source>%1:%2: not a session file: the header has no &quot;format&quot;: &quot;%3&quot;</source>
        <translation>%1:%2：不是会话文件：头部没有 &quot;format&quot;: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1:%2: session format version %3 is not supported (this build reads 1 to %4)</source>
        <translation>%1:%2：不支持会话格式版本 %3（此版本可读取 1 到 %4）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>cannot read further: %1</source>
        <translation>无法继续读取：%1</translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: the file changed since it was opened</source>
        <translation>%1：无法在第 %2 字节处读取：文件在打开后已被修改</translation>
    </message>
</context>
<context>
    <name>wsi::SessionFilterScan</name>
    <message>
        <source>%1 changed since it was opened: %2 of %3 events found</source>
        <translation>%1 在打开后已被修改：找到 %3 个事件中的 %2 个</translation>
    </message>
</context>
<context>
    <name>wsi::SessionIndex</name>
    <message>
        <source>no page %1 in %2</source>
        <translation>%2 中没有第 %1 页</translation>
    </message>
    <message>
        <source>%1 changed since it was opened: %2 of %3 events found at byte %4</source>
        <translation>%1 在打开后已被修改：在第 %4 字节处找到 %3 个事件中的 %2 个</translation>
    </message>
</context>
<context>
    <name>wsi::SessionOptions</name>
    <message>
        <source>Enter a WebSocket URL, for example ws://127.0.0.1:9001/</source>
        <translation>请输入 WebSocket URL，例如 ws://127.0.0.1:9001/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WebSocket URL: the scheme must be ws:// or wss://, not %2://</source>
        <translation>“%1”不是 WebSocket URL：协议必须是 ws:// 或 wss://，而不是 %2://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name</source>
        <translation>“%1”没有主机名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces</source>
        <translation>“%1”包含空格</translation>
    </message>
</context>
<context>
    <name>wsi::SessionRecorder</name>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>无法录制到 %1：%2</translation>
    </message>
    <message>
        <source>Recording to %1 failed: %2</source>
        <translation>录制到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>wsi::SessionViewWindow</name>
    <message>
        <source>%1 (read-only) — WebSocket Inspector</source>
        <translation>%1（只读）— WebSocket Inspector</translation>
    </message>
    <message>
        <source>%1 — %2 events recorded from %3, started %4</source>
        <translation>%1 — 录制自 %3 的 %2 个事件，开始于 %4</translation>
    </message>
    <message numerus="yes">
        <source>
%n problem(s) while reading, those lines skipped:
</source>
        <translation>
            <numerusform>
读取时发现 %n 个问题，已跳过这些行：
</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>
Reading was stopped at %1% of the file: the events after that are not shown.</source>
        <translation>
读取在文件的 %1% 处被停止：之后的事件未显示。</translation>
    </message>
    <message>
        <source>wsinspector-cli convert and replay read a file of any size</source>
        <translation>wsinspector-cli convert 和 replay 可读取任意大小的文件</translation>
    </message>
    <message>
        <source>A big file (%1 MiB; past %2 MiB a file is not held in memory): rows are read from it as they are shown, the filter reads it again.</source>
        <translation>大文件（%1 MiB；超过 %2 MiB 的文件不保存在内存中）：行在显示时才从文件读取，过滤时会重新读取文件。</translation>
    </message>
</context>
<context>
    <name>wsi::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>“%1”菜单</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <source>URL field</source>
        <translation>URL 输入框</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>上 / 下</translation>
    </message>
    <message>
        <source>Recall sent messages</source>
        <translation>调出已发送的消息</translation>
    </message>
    <message>
        <source>Message field, on its first or last line</source>
        <translation>消息输入框，位于第一行或最后一行时</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>过滤日志</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何地方</translation>
    </message>
    <message>
        <source>Log (also on right-click)</source>
        <translation>日志（也可右键点击）</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keyboard shortcuts</comment>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>wsi::SocketIoPacket</name>
    <message>
        <source>Engine.IO open: sid %1, ping every %2 ms, timeout %3 ms</source>
        <translation>Engine.IO open：sid %1，每 %2 毫秒 ping 一次，超时 %3 毫秒</translation>
    </message>
    <message>
        <source>Engine.IO close</source>
        <translation>Engine.IO close</translation>
    </message>
    <message>
        <source>Engine.IO ping</source>
        <translation>Engine.IO ping</translation>
    </message>
    <message>
        <source>Engine.IO pong</source>
        <translation>Engine.IO pong</translation>
    </message>
    <message>
        <source>Engine.IO upgrade</source>
        <translation>Engine.IO upgrade</translation>
    </message>
    <message>
        <source>Engine.IO noop</source>
        <translation>Engine.IO noop</translation>
    </message>
    <message>
        <source>not a Socket.IO packet: %1</source>
        <translation>不是 Socket.IO 数据包：%1</translation>
    </message>
    <message>
        <source> (ack %1)</source>
        <translation>（ack %1）</translation>
    </message>
    <message>
        <source>connect namespace %1%2</source>
        <translation>连接命名空间 %1%2</translation>
    </message>
    <message>
        <source>disconnect namespace %1</source>
        <translation>断开命名空间 %1</translation>
    </message>
    <message>
        <source>connect error on %1: %2</source>
        <translation>%1 连接错误：%2</translation>
    </message>
    <message>
        <source>malformed event: %1</source>
        <translation>格式错误的事件：%1</translation>
    </message>
    <message>
        <source>event %1%2%3%4</source>
        <translation>事件 %1%2%3%4</translation>
    </message>
    <message>
        <source>ack %1 %2%3</source>
        <translation>ack %1 %2%3</translation>
    </message>
</context>
<context>
    <name>wsi::SocketWorker</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the connection&apos;s tap</source>
        <translation>无法在 127.0.0.1 上为连接的监听器（tap）监听</translation>
    </message>
</context>
<context>
    <name>wsi::TabStatusRow</name>
    <message>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Skip the wait and try now (Ctrl+R)</source>
        <translation>跳过等待，立即尝试（Ctrl+R）</translation>
    </message>
    <message>
        <source>Stop reconnecting; the connection stays closed</source>
        <translation>停止重连；连接保持关闭</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Message counters</source>
        <translation>消息计数</translation>
    </message>
    <message>
        <source> (readyState %1)</source>
        <translation>（readyState %1）</translation>
    </message>
    <message>
        <source> · Socket.IO %1</source>
        <translation> · Socket.IO %1</translation>
    </message>
    <message>
        <source>reconnect attempt %1 in %2 s</source>
        <translation>%2 秒后进行第 %1 次重连</translation>
    </message>
    <message>
        <source>● REC %1 (%2 events)</source>
        <translation>● 录制中 %1（%2 个事件）</translation>
    </message>
    <message>
        <source>↑ %1 msgs, %2   ↓ %3 msgs, %4   log %5 rows</source>
        <translation>↑ %1 条，%2   ↓ %3 条，%4   日志 %5 行</translation>
    </message>
    <message>
        <source>   queued %1</source>
        <translation>   排队 %1 条</translation>
    </message>
</context>
<context>
    <name>wsi::TimelineStrip</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Messages per 100 ms for the whole session: sent above the line, received below. Click to jump there.</source>
        <translation>整个会话中每 100 毫秒的消息数：发出的在线上方，收到的在线下方。点击可跳转到该处。</translation>
    </message>
</context>
<context>
    <name>wsi::WireTap</name>
    <message>
        <source>TLS (protocol %1)</source>
        <translation>TLS（协议 %1）</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>（无证书）</translation>
    </message>
    <message>
        <source>subject: %1; issuer: %2; valid %3 to %4</source>
        <translation>主体：%1；颁发者：%2；有效期 %3 至 %4</translation>
    </message>
</context>
<context>
    <name>wsinspector</name>
    <message>
        <source>Inspect WebSocket servers: connect, send, watch every frame.</source>
        <translation>检查 WebSocket 服务器：连接、发送、查看每一帧。</translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to open (default: the built-in echo server)</source>
        <translation>要打开的 ws:// 或 wss:// URL（默认：内置回显服务器）</translation>
    </message>
    <message>
        <source>Record the session to FILE from the start.</source>
        <translation>从一开始就把会话录制到文件 FILE。</translation>
    </message>
    <message>
        <source>cannot record to %1</source>
        <translation>无法录制到 %1</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>回显服务器</translation>
    </message>
    <message>
        <source>The built-in echo server could not start: %1</source>
        <translation>内置回显服务器无法启动：%1</translation>
    </message>
    <message>
        <source>wsinspector: out of memory: stopped. A recording holds every message up to the failure.
</source>
        <translation>wsinspector：内存不足，已停止。录制文件保留了出错前的每一条消息。
</translation>
    </message>
    <message>
        <source>Open a link from another program (the desktop&apos;s ws:// and wss:// handler): a tab that shows where it goes and waits for Connect. A running window takes it.</source>
        <translation>打开来自其他程序的链接（作为桌面的 ws:// 和 wss:// 处理程序）：在标签页中显示它指向哪里，并等待点击“连接”。已运行的窗口会接管它。</translation>
    </message>
    <message>
        <source>Open a collection file in the Connections panel (repeatable).</source>
        <translation>在“连接”面板中打开集合文件（可重复）。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new recording?</source>
        <translation>%1 已存在。要用新的录制替换它吗？</translation>
    </message>
    <message>
        <source>%1 exists: not replaced</source>
        <translation>%1 已存在：未替换</translation>
    </message>
    <message>
        <source>session (.jsonl) or HAR file to open read-only</source>
        <translation>以只读方式打开的会话（.jsonl）或 HAR 文件</translation>
    </message>
    <message>
        <source>Run a check file in a tab of the window (repeatable).</source>
        <translation>在窗口的标签页中运行检查文件（可重复）。</translation>
    </message>
</context>
<context>
    <name>wsinspector-cli</name>
    <message>
        <source>Extra handshake header &apos;Name: value&apos; (repeatable).</source>
        <translation>额外的握手请求头 &apos;Name: value&apos;（可重复）。</translation>
    </message>
    <message>
        <source>Requested subprotocol (repeatable).</source>
        <translation>请求的子协议（可重复）。</translation>
    </message>
    <message>
        <source>Origin header.</source>
        <translation>Origin 请求头。</translation>
    </message>
    <message>
        <source>Connect timeout in seconds (default 10).</source>
        <translation>连接超时秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Heartbeat: off, ping (protocol ping frames) or text (application ping).</source>
        <translation>心跳：off、ping（协议 ping 帧）或 text（应用层 ping）。</translation>
    </message>
    <message>
        <source>Seconds between pings (default 30).</source>
        <translation>两次 ping 之间的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply (default 10).</source>
        <translation>等待应答的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Ping text (default ping).</source>
        <translation>ping 文本（默认 ping）。</translation>
    </message>
    <message>
        <source>Expected reply to a text ping (default pong).</source>
        <translation>文本 ping 的期望应答（默认 pong）。</translation>
    </message>
    <message>
        <source>The expected reply is a regular expression.</source>
        <translation>期望的应答是正则表达式。</translation>
    </message>
    <message>
        <source>Reconnect after an abnormal close, with backoff.</source>
        <translation>异常关闭后重连，带退避。</translation>
    </message>
    <message>
        <source>Give up after N attempts (0 = never, the default).</source>
        <translation>尝试 N 次后放弃（0 = 从不放弃，默认）。</translation>
    </message>
    <message>
        <source>First reconnect delay in seconds (default 1).</source>
        <translation>首次重连延迟秒数（默认 1）。</translation>
    </message>
    <message>
        <source>Longest reconnect delay in seconds (default 30).</source>
        <translation>最长重连延迟秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Text sent after every connect and reconnect (repeatable).</source>
        <translation>每次连接和重连后发送的文本（可重复）。</translation>
    </message>
    <message>
        <source>Sends while disconnected: queue (default) or refuse.</source>
        <translation>断开期间的发送：queue（排队，默认）或 refuse（拒绝）。</translation>
    </message>
    <message>
        <source>Ignore TLS certificate errors for this run.</source>
        <translation>本次运行忽略 TLS 证书错误。</translation>
    </message>
    <message>
        <source>Largest incoming message in bytes (default 64 MiB).</source>
        <translation>最大接收消息字节数（默认 64 MiB）。</translation>
    </message>
    <message>
        <source>Speak Socket.IO v4 (Engine.IO websocket transport).</source>
        <translation>使用 Socket.IO v4（Engine.IO websocket 传输）。</translation>
    </message>
    <message>
        <source>Socket.IO namespace to join (default /).</source>
        <translation>要加入的 Socket.IO 命名空间（默认 /）。</translation>
    </message>
    <message>
        <source>--header wants &apos;Name: value&apos;, got &quot;%1&quot;</source>
        <translation>--header 需要 &apos;Name: value&apos;，收到的是“%1”</translation>
    </message>
    <message>
        <source>--timeout wants a positive number of seconds</source>
        <translation>--timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <source>--heartbeat wants off, ping or text</source>
        <translation>--heartbeat 需要 off、ping 或 text</translation>
    </message>
    <message>
        <source>--heartbeat-interval and --heartbeat-timeout want a positive number of seconds</source>
        <translation>--heartbeat-interval 和 --heartbeat-timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <source>--heartbeat-reply is not a valid regular expression: </source>
        <translation>--heartbeat-reply 不是有效的正则表达式：</translation>
    </message>
    <message>
        <source>--reconnect-attempts wants a whole number, 0 for no limit</source>
        <translation>--reconnect-attempts 需要一个整数，0 表示不限制</translation>
    </message>
    <message>
        <source>--reconnect-delay and --reconnect-max-delay want a positive number of seconds</source>
        <translation>--reconnect-delay 和 --reconnect-max-delay 需要一个正的秒数</translation>
    </message>
    <message>
        <source>--offline wants queue or refuse</source>
        <translation>--offline 需要 queue 或 refuse</translation>
    </message>
    <message>
        <source>--max-message-size wants a number of bytes</source>
        <translation>--max-message-size 需要一个字节数</translation>
    </message>
    <message>
        <source>a ping carries at most 125 bytes</source>
        <translation>一个 ping 最多携带 125 字节</translation>
    </message>
    <message>
        <source>/close wants a code such as 1000 or 4000, then a reason</source>
        <translation>/close 需要一个关闭码（如 1000 或 4000），然后是原因</translation>
    </message>
    <message>
        <source>/binary wants hex digits, such as /binary 00ff10</source>
        <translation>/binary 需要十六进制数字，例如 /binary 00ff10</translation>
    </message>
    <message>
        <source>/file wants a path</source>
        <translation>/file 需要一个路径</translation>
    </message>
    <message>
        <source>unknown command /%1 (/help lists them; //text sends /text)</source>
        <translation>未知命令 /%1（/help 列出所有命令；//text 发送 /text）</translation>
    </message>
    <message>
        <source>/ping [payload]         send a ping frame (its pong shows with -P)
/close [code [reason]]  close the connection (default 1000)
/binary HEX             send a binary message, such as /binary 00ff10
/file PATH              send a file: text when it is UTF-8, else binary
/reconnect              close and connect again
/help                   this list
//text                  send the text /text
Up/Down: history; Ctrl+D or Ctrl+C on an empty line: close and quit
</source>
        <translation>/ping [载荷]            发送一个 ping 帧（加 -P 可看到它的 pong）
/close [关闭码 [原因]]  关闭连接（默认 1000）
/binary HEX             发送二进制消息，例如 /binary 00ff10
/file 路径              发送文件：是 UTF-8 时为文本，否则为二进制
/reconnect              关闭并重新连接
/help                   显示此列表
//text                  发送文本 /text
上/下键：历史；在空行上按 Ctrl+D 或 Ctrl+C：关闭并退出
</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>standard input is longer than %1 MiB: not sent</source>
        <translation>标准输入超过 %1 MiB：未发送</translation>
    </message>
</context>
</TS>
