namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// The SKK case lifecycle of PRODUCT.md §3. Every status change goes through <see cref="Transition"/>,
/// which refuses an illegal move and records the change on the case's timeline.
/// </summary>
public static class SkkLifecycle
{
    private static readonly Dictionary<SkkStatus, SkkStatus[]> Allowed = new()
    {
        [SkkStatus.Draft] = [SkkStatus.Diserahkan, SkkStatus.Dicabut],
        [SkkStatus.Diserahkan] = [SkkStatus.Diterima, SkkStatus.Dikembalikan, SkkStatus.Dicabut],
        [SkkStatus.Dikembalikan] = [SkkStatus.Draft, SkkStatus.Dicabut],
        [SkkStatus.Diterima] = [SkkStatus.Ditangani, SkkStatus.Dicabut],
        [SkkStatus.Ditangani] = [SkkStatus.Selesai, SkkStatus.Dicabut],
        [SkkStatus.Selesai] = [SkkStatus.Dilaporkan],
        [SkkStatus.Dilaporkan] = [],
        [SkkStatus.Dicabut] = [],
    };

    public static bool CanMove(SkkStatus from, SkkStatus to) => Allowed[from].Contains(to);

    public static bool IsOpen(SkkStatus status) =>
        status is not (SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut);

    /// <summary>True once the Kejaksaan has registered it: from then on it is a case (perkara).</summary>
    public static bool IsCase(SkkStatus status) =>
        status is SkkStatus.Diterima or SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan
        || status == SkkStatus.Dicabut;

    public static void Transition(Skk skk, SkkStatus to, Actor actor, DateTime at, string description)
    {
        if (!CanMove(skk.Status, to))
            throw new BusinessRuleException(
                $"SKK berstatus {DomainLabels.Of(skk.Status)} tidak dapat diubah menjadi {DomainLabels.Of(to)}.");
        skk.Events.Add(new CaseEvent
        {
            At = at,
            Kind = CaseEventKind.StatusChanged,
            FromStatus = skk.Status,
            ToStatus = to,
            Description = description,
            ActorId = actor.UserId,
            ActorName = actor.Name,
        });
        skk.Status = to;
    }
}

/// <summary>Who did something, as recorded on timelines.</summary>
public readonly record struct Actor(string UserId, string Name);

/// <summary>A business rule refused the request; the message is shown to the user as is.</summary>
public class BusinessRuleException(string message) : Exception(message);
