using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>A reminder that is due, as the dispatcher reads it: only the columns delivery needs.</summary>
public sealed record DueReminder(long Id, int RuleId, ReminderKind Kind, int? SkkId, int? AgreementId, int OfficeId,
    DateTime DueAt, string Title, string Message, string Link);

/// <summary>
/// Turns a rule's recipient flags into user ids at the moment of delivery, so that a change of JPN team or of office
/// staff after planning is respected. Works a batch at a time (one query per kind of lookup, not per reminder) and
/// remembers the people of each office and role for the rest of the pass.
/// </summary>
internal sealed class ReminderRecipientResolver
{
    private readonly Dictionary<(int OfficeId, string Role), List<string>> _byOfficeAndRole = [];

    public async Task<Dictionary<long, string[]>> ResolveAsync(DatunDbContext db, IReadOnlyList<DueReminder> batch,
        IReadOnlyDictionary<int, ReminderRule> rules, CancellationToken ct)
    {
        ReminderRecipients RecipientsOf(DueReminder r) => rules.TryGetValue(r.RuleId, out var rule) ? rule.Recipients : ReminderRecipients.None;

        var skkIds = batch.Where(r => r.SkkId is not null && RecipientsOf(r) != ReminderRecipients.None)
            .Select(r => r.SkkId!.Value).Distinct().ToList();
        var teams = skkIds.Count == 0 ? [] : await (
                from t in db.JpnTeams
                where t.IsActive && skkIds.Contains(t.SkkId)
                join m in db.JpnTeamMembers on t.Id equals m.JpnTeamId
                select new { t.SkkId, m.UserId })
            .ToListAsync(ct);
        var teamOf = teams.ToLookup(m => m.SkkId, m => m.UserId);

        var bpjsOfficeOfSkk = skkIds.Count == 0 ? [] : await db.Skks.Where(s => skkIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.BpjsOfficeId, ct);
        var agreementIds = batch.Where(r => r.SkkId is null && r.AgreementId is not null).Select(r => r.AgreementId!.Value).Distinct().ToList();
        var bpjsOfficeOfAgreement = agreementIds.Count == 0 ? [] : await db.Agreements.Where(a => agreementIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.BpjsOfficeId, ct);

        int? BpjsOfficeOf(DueReminder r) =>
            r.SkkId is int skk ? bpjsOfficeOfSkk.GetValueOrDefault(skk) is var s and > 0 ? s : null
            : r.AgreementId is int agreement ? bpjsOfficeOfAgreement.GetValueOrDefault(agreement) is var a and > 0 ? a : null
            : null;

        var wanted = new HashSet<(int OfficeId, string Role)>();
        foreach (var r in batch)
        {
            var flags = RecipientsOf(r);
            if (flags.HasFlag(ReminderRecipients.KejaksaanLeadership)) wanted.Add((r.OfficeId, Roles.PimpinanKejaksaan));
            if (BpjsOfficeOf(r) is int bpjs)
            {
                if (flags.HasFlag(ReminderRecipients.BpjsStaff)) wanted.Add((bpjs, Roles.StafBpjs));
                if (flags.HasFlag(ReminderRecipients.BpjsLeadership)) wanted.Add((bpjs, Roles.PimpinanBpjs));
            }
        }
        await LoadOfficePeopleAsync(db, wanted, ct);

        var result = new Dictionary<long, string[]>(batch.Count);
        foreach (var r in batch)
        {
            var flags = RecipientsOf(r);
            var users = new SortedSet<string>(StringComparer.Ordinal);
            if (flags.HasFlag(ReminderRecipients.JpnTeam) && r.SkkId is int skk) users.UnionWith(teamOf[skk]);
            if (flags.HasFlag(ReminderRecipients.KejaksaanLeadership)) users.UnionWith(_byOfficeAndRole[(r.OfficeId, Roles.PimpinanKejaksaan)]);
            if (BpjsOfficeOf(r) is int bpjs)
            {
                if (flags.HasFlag(ReminderRecipients.BpjsStaff)) users.UnionWith(_byOfficeAndRole[(bpjs, Roles.StafBpjs)]);
                if (flags.HasFlag(ReminderRecipients.BpjsLeadership)) users.UnionWith(_byOfficeAndRole[(bpjs, Roles.PimpinanBpjs)]);
            }
            result[r.Id] = [.. users];
        }
        return result;
    }

    private async Task LoadOfficePeopleAsync(DatunDbContext db, HashSet<(int OfficeId, string Role)> wanted, CancellationToken ct)
    {
        var missing = wanted.Where(w => !_byOfficeAndRole.ContainsKey(w)).ToList();
        if (missing.Count == 0) return;
        var officeIds = missing.Select(m => m.OfficeId).Distinct().ToList();
        var roleNames = missing.Select(m => m.Role).Distinct().ToList();
        var people = await (
                from u in db.Users
                where officeIds.Contains(u.OfficeId)
                join ur in db.UserRoles on u.Id equals ur.UserId
                join role in db.Roles on ur.RoleId equals role.Id
                where roleNames.Contains(role.Name!)
                select new { u.OfficeId, Role = role.Name!, u.Id })
            .ToListAsync(ct);
        foreach (var key in missing)
            _byOfficeAndRole[key] = people.Where(p => p.OfficeId == key.OfficeId && p.Role == key.Role).Select(p => p.Id).ToList();
    }
}
