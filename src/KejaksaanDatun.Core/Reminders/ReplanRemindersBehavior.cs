using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>
/// Re-plans the reminders of the cases and agreements a command changed, inside the command's transaction: a
/// moved summons moves its reminder, a closed case loses its pending ones, and a command that fails leaves the
/// reminders as they were. The subjects are the case or agreement the command names plus every case or agreement
/// whose rows it saved (a new agreement, a renewal, the cases of a bulk letter batch), and the monthly report reminders
/// of an office that issued or voided its monthly report.
/// </summary>
public sealed class ReplanRemindersBehavior<TMessage, TResponse>(DatunDbContext db, ReminderPlanner planner)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand) return await next(message, cancellationToken);

        var response = await next(message, cancellationToken);
        // The plan reads the subjects from the database, so the handler's changes go in first.
        await db.SaveChangesAsync(cancellationToken);
        var (cases, agreements, reportingOffices) = Subjects(message);
        if (cases.Count > 0) await planner.ReplanCasesAsync(cases, cancellationToken);
        if (agreements.Count > 0) await planner.ReplanAgreementsAsync(agreements, cancellationToken);
        if (reportingOffices.Count > 0) await planner.ReplanMonthlyReportsAsync(reportingOffices, cancellationToken);
        return response;
    }

    private (HashSet<int> Cases, HashSet<int> Agreements, HashSet<int> ReportingOffices) Subjects(TMessage message)
    {
        var cases = new HashSet<int>();
        var agreements = new HashSet<int>();
        var reportingOffices = new HashSet<int>();
        if (message is ISkkRequest skkRequest) cases.Add(skkRequest.SkkId);
        if (message is IAgreementRequest agreementRequest) agreements.Add(agreementRequest.AgreementId);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Reminder or Notification:
                    break;
                case Skk skk:
                    cases.Add(skk.Id);
                    break;
                case Agreement agreement:
                    agreements.Add(agreement.Id);
                    break;
                case Letter { SkkId: null, Kind: LetterKind.LaporanBulanan } report:
                    // An issued monthly report settles its month's reminder; a voided one may bring it back.
                    reportingOffices.Add(report.OfficeId);
                    break;
                default:
                    if (entry.Metadata.FindProperty(nameof(CaseEvent.SkkId)) is { } property && entry.CurrentValues[property] is int skkId)
                        cases.Add(skkId);
                    break;
            }
        }
        return (cases, agreements, reportingOffices);
    }
}
