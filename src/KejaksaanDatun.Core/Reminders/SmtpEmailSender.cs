using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>
/// <c>Smtp:Host</c>, <c>Smtp:Port</c> (25 by default), <c>Smtp:User</c>, <c>Smtp:Password</c>, <c>Smtp:From</c>.
/// An empty host turns e-mail off.
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, string? User, string? Password, string From)
{
    public const string DefaultFrom = "KejaksaanDatun <noreply@datun.localhost>";

    public static SmtpSettings Read(IConfiguration configuration)
    {
        var portText = configuration["Smtp:Port"];
        var port = 25;
        if (!string.IsNullOrWhiteSpace(portText) && (!int.TryParse(portText, out port) || port is < 1 or > 65535))
            throw new InvalidOperationException($"Smtp:Port '{portText}' tidak valid; isi dengan nomor port 1–65535.");
        var from = configuration["Smtp:From"];
        return new SmtpSettings(configuration["Smtp:Host"], port, configuration["Smtp:User"], configuration["Smtp:Password"],
            string.IsNullOrWhiteSpace(from) ? DefaultFrom : from);
    }
}

/// <summary>MailKit over SMTP; STARTTLS whenever the server offers it, a login only when a user is configured.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(settings.Host);

    /// <remarks>Called only when <see cref="IsConfigured"/>, i.e. with a host.</remarks>
    public async Task<IEmailSession> OpenAsync(CancellationToken ct)
    {
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, SecureSocketOptions.Auto, ct);
            if (!string.IsNullOrEmpty(settings.User)) await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            return new Session(client, MailboxAddress.Parse(settings.From));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client, MailboxAddress from) : IEmailSession
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
            mime.From.Add(from);
            mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
            return client.SendAsync(mime, ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(quit: true);
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
