using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Tandem.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server on a free loopback port that keeps every message it receives, parsed.</summary>
public sealed class SmtpCapture : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public int Port { get; private set; }

    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    /// <summary>The next <paramref name="times"/> messages to <paramref name="address"/> are refused (a failing mail server).</summary>
    public void Refuse(string address, int times) => _refusals[address] = times;

    /// <summary>Every message received for <paramref name="address"/> so far.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. _messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async Task StartAsync()
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages, _refusals));
        services.Add(listeners);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The one message sent to <paramref name="address"/>; the app sends it before answering, so no waiting.</summary>
    public MimeMessage SingleTo(string address) =>
        Assert.Single(_messages, m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    public static string LinkIn(MimeMessage message, string pathPrefix)
    {
        var body = message.TextBody ?? "";
        var start = body.IndexOf("https://", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No link in: {body}");
        var end = body.IndexOfAny([' ', '\r', '\n'], start);
        var link = new Uri(end < 0 ? body[start..] : body[start..end]);
        Assert.StartsWith(pathPrefix, link.AbsolutePath, StringComparison.Ordinal);
        return link.PathAndQuery;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // stopped
            }
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages, ConcurrentDictionary<string, int> refusals) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            foreach (var to in message.To.Mailboxes)
            {
                if (refusals.TryGetValue(to.Address, out var left) && left > 0 && refusals.TryUpdate(to.Address, left - 1, left))
                {
                    return SmtpResponse.TransactionFailed;
                }
            }

            messages.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
