using System.Buffers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace IucRecruit.Testing;

/// <summary>
/// The call hub's MessagePack protocol as the call pages speak it (decision 0077), for clients that
/// read or write the WebSocket themselves: the benchmark's simulated participants, and the browser
/// tests' listener to a page's socket. SignalR's own protocol code does the framing; this adds the
/// handshake (JSON text, whatever the protocol) and what the hub's messages carry.
/// </summary>
public sealed class CallHubWire
{
    private static readonly MessagePackHubProtocol Protocol = new();
    private static readonly Binder Types = new();
    private bool handshakeAnswered;

    public bool HandshakeAnswered => handshakeAnswered;

    /// <summary>The handshake a client opens with.</summary>
    public static byte[] Handshake { get; } = Encode(new HandshakeRequestMessage(Protocol.Name, Protocol.Version));

    /// <summary>One message as it goes on the wire (its length, then its MessagePack).</summary>
    public static ReadOnlyMemory<byte> Encode(HubMessage message) => Protocol.GetMessageBytes(message);

    /// <summary>The hub's messages in one WebSocket message it sent. The first carries the
    /// handshake's answer, which is skipped.</summary>
    public List<HubMessage> Decode(ReadOnlyMemory<byte> received)
    {
        var input = new ReadOnlySequence<byte>(received);
        if (!handshakeAnswered)
        {
            if (!HandshakeProtocol.TryParseResponseMessage(ref input, out var answer)) return [];
            if (answer.Error is not null) throw new InvalidOperationException($"The hub refused the handshake: {answer.Error}");
            handshakeAnswered = true;
        }
        var messages = new List<HubMessage>();
        while (Protocol.TryParseMessage(ref input, Types, out var message)) messages.Add(message!);
        return messages;
    }

    private static byte[] Encode(HandshakeRequestMessage request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        HandshakeProtocol.WriteRequestMessage(request, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>What the hub sends: "audio" (source, frame), "callEvent" (its JSON text), and the
    /// answers to invocations, of which JoinCall's is JSON text and the others' nothing.</summary>
    private sealed class Binder : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => methodName switch
        {
            "audio" => [typeof(string), typeof(byte[])],
            "callEvent" => [typeof(string)],
            _ => throw new InvalidOperationException($"The call hub sent '{methodName}', which no client of it expects."),
        };

        public Type GetReturnType(string invocationId) => typeof(string);

        public Type GetStreamItemType(string streamId) => throw new InvalidOperationException("The call hub streams nothing to its clients.");
    }
}
