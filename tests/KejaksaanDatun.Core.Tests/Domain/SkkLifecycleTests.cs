using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Domain;

public class SkkLifecycleTests
{
    private static readonly Actor Someone = new("u1", "Pengguna");

    public static TheoryData<SkkStatus, SkkStatus> AllPairs()
    {
        var data = new TheoryData<SkkStatus, SkkStatus>();
        foreach (var from in Enum.GetValues<SkkStatus>())
        foreach (var to in Enum.GetValues<SkkStatus>())
            data.Add(from, to);
        return data;
    }

    private static readonly HashSet<(SkkStatus, SkkStatus)> Legal =
    [
        (SkkStatus.Draft, SkkStatus.Diserahkan), (SkkStatus.Draft, SkkStatus.Dicabut),
        (SkkStatus.Diserahkan, SkkStatus.Diterima), (SkkStatus.Diserahkan, SkkStatus.Dikembalikan), (SkkStatus.Diserahkan, SkkStatus.Dicabut),
        (SkkStatus.Dikembalikan, SkkStatus.Draft), (SkkStatus.Dikembalikan, SkkStatus.Dicabut),
        (SkkStatus.Diterima, SkkStatus.Ditangani), (SkkStatus.Diterima, SkkStatus.Dicabut),
        (SkkStatus.Ditangani, SkkStatus.Selesai), (SkkStatus.Ditangani, SkkStatus.Dicabut),
        (SkkStatus.Selesai, SkkStatus.Dilaporkan),
    ];

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Only_the_transitions_of_the_lifecycle_are_allowed_and_a_refused_one_changes_nothing(SkkStatus from, SkkStatus to)
    {
        var skk = new Skk { Status = from };
        var at = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

        if (Legal.Contains((from, to)))
        {
            SkkLifecycle.Transition(skk, to, Someone, at, "perubahan");
            Assert.Equal(to, skk.Status);
            var change = Assert.Single(skk.Events);
            Assert.Equal((from, to), (change.FromStatus!.Value, change.ToStatus!.Value));
        }
        else
        {
            var refused = Assert.Throws<BusinessRuleException>(() => SkkLifecycle.Transition(skk, to, Someone, at, "perubahan"));
            Assert.Contains("tidak dapat diubah", refused.Message);
            Assert.Equal(from, skk.Status);
            Assert.Empty(skk.Events);
        }
    }
}
