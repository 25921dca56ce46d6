using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Web.Security;
using MudBlazor;

namespace KejaksaanDatun.Web.Components.Pages;

/// <param name="Wide">Takes a double width: an amount in rupiah is too long for a narrow card.</param>
public sealed record HomeCard(string Title, string Value, string Caption, string Href, string Icon, Color Color, bool Wide = false);

/// <summary>Which figures of the <see cref="HomeSummary"/> a user sees on the Beranda: those of the work their institution does next.</summary>
public static class HomeCards
{
    public const string InboxHref = "/skk/kotak-masuk";
    public const string MyCasesHref = "/perkara-saya";
    public const string SkkListHref = "/skk";

    private static readonly (SkkStatus Status, string Caption)[] BpjsStatuses =
    [
        (SkkStatus.Draft, "belum diserahkan ke Kejaksaan"),
        (SkkStatus.Diserahkan, "menunggu diterima Kejaksaan"),
        (SkkStatus.Dikembalikan, "perlu dilengkapi"),
        (SkkStatus.Ditangani, "sedang ditangani JPN"),
        (SkkStatus.Selesai, "menunggu laporan Kejaksaan"),
        (SkkStatus.Dilaporkan, "laporan pelaksanaan diterima"),
    ];

    private static readonly (SkkStatus Status, string Caption)[] KejaksaanStatuses =
    [
        (SkkStatus.Diserahkan, "menunggu di kotak masuk"),
        (SkkStatus.Diterima, "menunggu penunjukan tim JPN"),
        (SkkStatus.Ditangani, "sedang ditangani JPN"),
        (SkkStatus.Selesai, "belum dilaporkan ke BPJS"),
        (SkkStatus.Dilaporkan, "laporan sudah dikirim"),
    ];

    /// <summary>The administrator oversees every stage.</summary>
    private static readonly (SkkStatus Status, string Caption)[] AllStatuses =
    [
        (SkkStatus.Draft, "belum diserahkan"),
        (SkkStatus.Diserahkan, "menunggu diterima"),
        (SkkStatus.Dikembalikan, "dikembalikan ke BPJS"),
        (SkkStatus.Diterima, "menunggu penunjukan tim JPN"),
        (SkkStatus.Ditangani, "sedang ditangani JPN"),
        (SkkStatus.Selesai, "belum dilaporkan"),
        (SkkStatus.Dilaporkan, "laporan sudah dikirim"),
        (SkkStatus.Dicabut, "dicabut oleh BPJS"),
    ];

    public static IReadOnlyList<HomeCard> For(UserContext user, HomeSummary summary)
    {
        var cards = new List<HomeCard>
        {
            new("Tunggakan dalam penanganan", summary.OpenArrears.ToString(), "SKK diserahkan, diterima dan ditangani",
                SkkListHref, Icons.Material.Outlined.AccountBalanceWallet, Color.Secondary, Wide: true),
        };
        if (user.IsInRole(Roles.Jpn))
            cards.Add(new("Perkara saya (aktif)", Count(summary.MyOpenCases), "perkara yang Anda tangani", MyCasesHref,
                Icons.Material.Outlined.AssignmentInd, Color.Primary));

        var statuses = user.IsAdmin ? AllStatuses
            : user.Institution == Institution.Bpjs ? BpjsStatuses
            : user.IsInRole(Roles.PimpinanKejaksaan) ? KejaksaanStatuses
            // A JPN acts on cases once they are handled; the inbox and the appointment are the leadership's.
            : KejaksaanStatuses.Where(s => s.Status is not (SkkStatus.Diserahkan or SkkStatus.Diterima)).ToArray();
        cards.AddRange(statuses.Select(s => new HomeCard(DomainLabels.Of(s.Status), Count(summary.Count(s.Status)), s.Caption,
            HrefFor(s.Status, user), IconOf(s.Status), ColorOf(s.Status))));
        return cards;
    }

    /// <summary>SKK handed to a Kejaksaan office wait in the leadership's inbox; everything else is in the SKK list.</summary>
    private static string HrefFor(SkkStatus status, UserContext user) =>
        status == SkkStatus.Diserahkan && user.Institution == Institution.Kejaksaan && user.IsInRole(Roles.PimpinanKejaksaan)
            ? InboxHref
            : $"{SkkListHref}?status={status}";

    private static string Count(int count) => count.ToString("N0", IndonesianFormat.Culture);

    private static string IconOf(SkkStatus status) => status switch
    {
        SkkStatus.Draft => Icons.Material.Outlined.EditNote,
        SkkStatus.Diserahkan => Icons.Material.Outlined.Outbox,
        SkkStatus.Dikembalikan => Icons.Material.Outlined.AssignmentReturn,
        SkkStatus.Diterima => Icons.Material.Outlined.MoveToInbox,
        SkkStatus.Ditangani => Icons.Material.Outlined.Gavel,
        SkkStatus.Selesai => Icons.Material.Outlined.TaskAlt,
        SkkStatus.Dilaporkan => Icons.Material.Outlined.Summarize,
        _ => Icons.Material.Outlined.Block,
    };

    private static Color ColorOf(SkkStatus status) => status switch
    {
        SkkStatus.Dikembalikan or SkkStatus.Dicabut => Color.Warning,
        SkkStatus.Selesai or SkkStatus.Dilaporkan => Color.Success,
        SkkStatus.Draft => Color.Default,
        _ => Color.Info,
    };
}
