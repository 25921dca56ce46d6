using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.ReminderRules;

/// <summary>Every reminder rule, grouped by kind and ordered by when it fires.</summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListReminderRules : IQuery<IReadOnlyList<ReminderRuleRow>>;

public sealed record ReminderRuleRow(int Id, ReminderKind Kind, int OffsetDays, TimeOnly LocalTime, ReminderRecipients Recipients,
    bool SendEmail, bool IsEnabled, long Version)
{
    public string KindLabel => Kind.Label();
    public string OffsetLabel => ReminderLabels.OffsetLabel(Kind, OffsetDays);
    public IReadOnlyList<string> RecipientLabels => Recipients.Split().Select(r => r.Label()).ToList();
    public string Description => ReminderLabels.Describe(Kind, OffsetDays, LocalTime, Recipients, SendEmail);
}

public sealed class ListReminderRulesHandler(DatunDbContext db) : IQueryHandler<ListReminderRules, IReadOnlyList<ReminderRuleRow>>
{
    public async ValueTask<IReadOnlyList<ReminderRuleRow>> Handle(ListReminderRules query, CancellationToken ct)
    {
        var rules = await db.ReminderRules.AsNoTracking().ToListAsync(ct);
        // The kind is stored as text; order by the enum so the table follows a case from summons to report.
        return rules.OrderBy(r => r.Kind).ThenBy(r => r.OffsetDays)
            .Select(r => new ReminderRuleRow(r.Id, r.Kind, r.OffsetDays, r.LocalTime, r.Recipients, r.SendEmail, r.IsEnabled, r.Version))
            .ToList();
    }
}
