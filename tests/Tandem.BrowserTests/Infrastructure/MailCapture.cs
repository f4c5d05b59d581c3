using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>A real SMTP server on loopback that keeps every message the app sends, by recipient.</summary>
public sealed class MailCapture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<MimeMessage>> _inboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public MailCapture()
    {
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The first message to <paramref name="address"/>; waits for it to arrive.</summary>
    public Task<MimeMessage> MessageToAsync(string address) =>
        Inbox(address).Task.WaitAsync(TimeSpan.FromSeconds(15));

    private TaskCompletionSource<MimeMessage> Inbox(string address) =>
        _inboxes.GetOrAdd(address, _ => new TaskCompletionSource<MimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(MailCapture capture) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            foreach (var to in message.To.Mailboxes)
            {
                capture.Inbox(to.Address).TrySetResult(message);
            }

            return SmtpResponse.Ok;
        }
    }
}

public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
