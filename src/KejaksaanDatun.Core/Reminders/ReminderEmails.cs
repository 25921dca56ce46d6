using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>The address of the web app as users reach it (<c>App:BaseUrl</c>), for links in e-mails.</summary>
public sealed record AppBaseUrl(string Value)
{
    public const string Default = "http://localhost:5000";

    public string To(string path) => Value.TrimEnd('/') + "/" + path.TrimStart('/');
}

/// <summary>
/// Sends the e-mail copies of delivered notifications, after their rows are committed: for rules with e-mail on, to
/// users with an address, when SMTP is configured. Each e-mail is claimed (<see cref="Notification.EmailedAt"/> set
/// only if still empty) before it is handed to the server, so two dispatchers never send it twice; a failed send
/// clears the mark again and the next pass retries it, without new notifications. Only notifications of the last
/// <see cref="RetryWindow"/> are retried, so that turning SMTP on later does not mail out the whole history.
/// </summary>
public sealed class ReminderEmails(
    IDbContextFactory<DatunDbContext> contexts, IEmailSender sender, AppBaseUrl baseUrl, OfficeClock clock, ILogger<ReminderEmails> logger)
{
    internal static readonly TimeSpan RetryWindow = TimeSpan.FromDays(2);
    private const int MaxPerPass = 500;

    private sealed record PendingEmail(long NotificationId, string Address, string Name, string Title, string Message, string Link);

    /// <summary>Returns how many e-mails were handed to the server.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        if (!sender.IsConfigured) return 0;
        var now = clock.UtcNow;
        var since = now - RetryWindow;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = await (
                from n in db.Notifications
                where n.EmailedAt == null && n.CreatedAt >= since
                join r in db.Reminders on n.ReminderId equals r.Id
                where r.State == ReminderState.Delivered
                join rule in db.ReminderRules on r.RuleId equals rule.Id
                where rule.SendEmail
                join u in db.Users on n.UserId equals u.Id
                where u.Email != null && u.Email != ""
                orderby n.Id
                select new PendingEmail(n.Id, u.Email!, u.FullName, n.Title, n.Message, n.Link))
            .Take(MaxPerPass)
            .ToListAsync(ct);
        if (pending.Count == 0) return 0;

        IEmailSession session;
        try
        {
            session = await sender.OpenAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "SMTP server unreachable; {Count} reminder e-mails wait for the next pass", pending.Count);
            return 0;
        }
        var sent = 0;
        await using (session)
        {
            foreach (var email in pending)
            {
                var claimed = await db.Notifications.Where(n => n.Id == email.NotificationId && n.EmailedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), ct);
                if (claimed == 0) continue;
                try
                {
                    await session.SendAsync(Compose(email), ct);
                    sent++;
                }
                catch (Exception ex)
                {
                    await db.Notifications.Where(n => n.Id == email.NotificationId)
                        .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, (DateTime?)null), CancellationToken.None);
                    if (ex is OperationCanceledException) throw;
                    // The server is most likely down: the rest waits for the next pass rather than failing one by one.
                    logger.LogWarning(ex, "Reminder e-mail for notification {NotificationId} failed; retried on the next pass", email.NotificationId);
                    break;
                }
            }
        }
        return sent;
    }

    private EmailMessage Compose(PendingEmail email) => new(email.Address, email.Name,
        $"[KejaksaanDatun] {email.Title}",
        $"""
        Yth. {email.Name},

        {email.Message}

        Buka di KejaksaanDatun: {baseUrl.To(email.Link)}

        Surel ini dikirim otomatis oleh KejaksaanDatun sebagai pengingat; mohon tidak membalas surel ini.
        """);
}
