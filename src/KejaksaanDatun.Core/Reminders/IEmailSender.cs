namespace KejaksaanDatun.Core.Reminders;

/// <summary>One plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string Body);

/// <summary>
/// Hands e-mails to a mail server. A pass opens one session and sends all its messages through it, so a pass with
/// many reminders does not connect once per message.
/// </summary>
public interface IEmailSender
{
    /// <summary>False when no mail server is configured: reminders then reach only the notification centre.</summary>
    bool IsConfigured { get; }

    Task<IEmailSession> OpenAsync(CancellationToken ct);
}

public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
