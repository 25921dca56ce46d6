using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Web.Tests.Fakes;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's requests answered for a user of the Kejati of Kalimantan Selatan (office 3, as
/// <see cref="PageTestContext"/> signs in), with two Kejari below it. Any other office lies outside the user's subtree
/// and is refused with the server's message.
/// </summary>
internal static class DashboardFakes
{
    public static readonly OfficeOption Kejati =
        new(3, "KEJATI-KALSEL", "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, 2, "/1/2/3/", OfficeTimeZone.WITA, "", "");
    public static readonly OfficeOption Hst =
        new(6, "KEJARI-HST", "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, 3, "/1/2/3/6/", OfficeTimeZone.WITA, "", "");
    public static readonly OfficeOption Banjarmasin =
        new(7, "KEJARI-BJM", "Kejaksaan Negeri Banjarmasin", OfficeKind.Kejari, 3, "/1/2/3/7/", OfficeTimeZone.WITA, "", "");

    public static readonly JpnOption Rina = new("jpn-rina", "Rina Marlina", "Jaksa Muda", "198701012010122001");
    public static readonly JpnOption Budi = new("jpn-budi", "Budi Santoso", "Jaksa Pratama", "199002022015031002");

    /// <summary>An office of another province, as the address may name it.</summary>
    public const int OutsideOfficeId = 99;

    /// <summary>What the server answers for <see cref="OutsideOfficeId"/> (DashboardScope).</summary>
    public const string OutsideMessage = "Kejaksaan Negeri Jakarta Pusat berada di luar wilayah Anda. " +
        "Anda hanya dapat melihat angka Kejaksaan Tinggi Kalimantan Selatan dan kantor di bawahnya.";

    private static readonly OfficeOption[] Offices = [Kejati, Hst, Banjarmasin];

    /// <summary>Every office has a distinct number of SKK received, so a test can tell whose figures are shown.</summary>
    public static int ReceivedOf(OfficeOption office) => office.Id * 10;

    public static FakeSender AnswerDashboard(this FakeSender sender) => sender
        .On<ListOffices>(_ => Offices)
        .On<ListJpn>(_ => new[] { Budi, Rina })
        .On<GetDashboardSummary>(q => Summary(Chosen(q.Filter), q.Filter))
        .On<GetFiguresByOffice>(q => ByOffice(Chosen(q.Filter)))
        .On<GetFiguresByJpn>(q => new[] { new JpnFiguresRow(Rina.UserId, Rina.FullName, Chosen(q.Filter).Name, Figures(4)) })
        .On<GetFiguresByCaseType>(q => new[] { new CaseTypeFiguresRow(CaseType.PiutangIuran, Figures(ReceivedOf(Chosen(q.Filter)))) })
        .On<GetOpenCaseAging>(_ => Array.Empty<AgingRow>())
        .On<GetTopOutstandingEmployers>(_ => Array.Empty<OutstandingEmployerRow>())
        .On<GetMonthlyTrend>(_ => Array.Empty<MonthFiguresRow>());

    /// <summary>The dashboard queries every view sends, each with the view's filter.</summary>
    public static IEnumerable<DashboardFilter> FiltersSent(FakeSender sender) =>
        sender.Sent.OfType<IDashboardQuery>().Select(q => q.Filter);

    private static OfficeOption Chosen(DashboardFilter filter) =>
        Offices.FirstOrDefault(o => o.Id == (filter.OfficeId ?? Kejati.Id)) ?? throw new NotAllowedException(OutsideMessage);

    private static DashboardSummary Summary(OfficeOption office, DashboardFilter filter) => new(
        office, filter.From, filter.To, Figures(ReceivedOf(office)), [], null, 0, 0, new InstallmentFigures(0, 0, 0, 0),
        new TargetProgress(null, null, 0, 0));

    private static OfficeFiguresRow[] ByOffice(OfficeOption office) =>
    [
        new(office, OwnCases: true, Figures(1), new TargetProgress(null, null, 0, 0)),
        .. Offices.Where(o => o.ParentId == office.Id)
            .Select(o => new OfficeFiguresRow(o, OwnCases: false, Figures(ReceivedOf(o)), new TargetProgress(null, null, 0, 0))),
    ];

    private static CaseFigures Figures(int received) => new(received, received * 1_000_000_00L, received, 0, 0, 0);
}
