using Microsoft.Data.Sqlite;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// National-scale data for the dashboard benchmarks, added in raw SQL to a database holding the demo data: 30 Kejati
/// with 15 Kejari each across the three time zones, 10 BPJS Kanwil with 12 Kancab each, 900 JPN, 100,000 employers,
/// 200,000 SKK in every status handed over from 2020 to 2026, about 2,000,000 payments (confirmed, reported,
/// reversed with their correcting rows), current installment plans and registration outcomes. Pseudo-random but
/// deterministic: every choice is a hash of the row number.
/// </summary>
internal static class DashboardData
{
    public const int Cases = 200_000;
    private const int Employers = 100_000;
    private const int Kejati = 30, KejariPerKejati = 15, Kanwil = 10, KancabPerKanwil = 12;
    private const int PaymentsPerHandledCase = 14;

    public static void Add(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        AddOffices(connection);
        AddJpn(connection);
        AddEmployers(connection);
        AddCases(connection);
        AddTeams(connection);
        AddPayments(connection);
        AddInstallmentPlans(connection);
        AddRegistrationOutcomes(connection);
        transaction.Commit();
        Execute(connection, "ANALYZE");
    }

    private static void AddOffices(SqliteConnection c)
    {
        AddOfficeLevel(c, "BK-KEJATI-", "Kejaksaan Tinggi Uji ", "Kejati", Kejati,
            "(SELECT Id FROM Offices WHERE Code = 'KEJAGUNG')", "CASE n % 3 WHEN 0 THEN 'WIB' WHEN 1 THEN 'WITA' ELSE 'WIT' END");
        AddOfficeLevel(c, "BK-KEJARI-", "Kejaksaan Negeri Uji ", "Kejari", Kejati * KejariPerKejati,
            $"(SELECT Id FROM Offices WHERE Code = 'BK-KEJATI-' || ((n - 1) / {KejariPerKejati} + 1))",
            $"(SELECT TimeZone FROM Offices WHERE Code = 'BK-KEJATI-' || ((n - 1) / {KejariPerKejati} + 1))");
        AddOfficeLevel(c, "BK-KANWIL-", "BPJS Ketenagakerjaan Kanwil Uji ", "BpjsKanwil", Kanwil,
            "(SELECT Id FROM Offices WHERE Code = 'BPJS-PUSAT')", "'WIB'");
        AddOfficeLevel(c, "BK-KANCAB-", "BPJS Ketenagakerjaan Cabang Uji ", "BpjsKancab", Kanwil * KancabPerKanwil,
            $"(SELECT Id FROM Offices WHERE Code = 'BK-KANWIL-' || ((n - 1) / {KancabPerKanwil} + 1))", "'WITA'");
    }

    private static void AddOfficeLevel(SqliteConnection c, string code, string name, string kind, int count, string parent, string zone)
    {
        Execute(c, $"{Sequence(count)} INSERT INTO Offices (Code, Name, Kind, ParentId, Path, City, Address, Phone, Email, Website, " +
            "TimeZone, LetterCode, HeadTitle, HeadName) " +
            $"SELECT '{code}' || n, '{name}' || n, '{kind}', {parent}, '', '', '', '', '', '', {zone}, 'U.' || n, '', '' FROM seq");
        Execute(c, $"UPDATE Offices SET Path = (SELECT p.Path FROM Offices p WHERE p.Id = Offices.ParentId) || Id || '/' WHERE Code LIKE '{code}%'");
    }

    /// <summary>Two JPN per Kejari, 'bench-jpn-1' … 'bench-jpn-900'.</summary>
    private static void AddJpn(SqliteConnection c)
    {
        Execute(c, $"{Sequence(2 * Kejati * KejariPerKejati)} INSERT INTO AspNetUsers (Id, FullName, OfficeId, Pangkat, Nip, Jabatan, UserName, " +
            "NormalizedUserName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
            "SELECT 'bench-jpn-' || n, 'JPN Uji ' || n, (SELECT Id FROM Offices WHERE Code = 'BK-KEJARI-' || ((n - 1) / 2 + 1)), " +
            "'Jaksa Muda', '', '', 'bench.jpn.' || n, 'BENCH.JPN.' || n, 1, 0, 0, 1, 0 FROM seq");
        Execute(c, "INSERT INTO AspNetUserRoles (UserId, RoleId) SELECT u.Id, r.Id FROM AspNetUsers u, AspNetRoles r " +
            "WHERE u.Id LIKE 'bench-jpn-%' AND r.Name = 'Jpn'");
    }

    private static void AddEmployers(SqliteConnection c) =>
        Execute(c, $"{Sequence(Employers)} INSERT INTO Employers (Name, Npp, Address, District, Sector, ContactPerson, ContactPhone, " +
            "WorkerCount, BpjsOfficeId, CreatedAt, Version) " +
            "SELECT 'PT Uji Beban ' || n, CASE WHEN n % 10 = 0 THEN NULL ELSE printf('9%07d', n) END, '', '', '', '', '', 10 + n % 300, " +
            $"(SELECT Id FROM Offices WHERE Code = 'BK-KANCAB-' || (n % {Kanwil * KancabPerKanwil} + 1)), '2019-06-01 00:00:00', 0 FROM seq");

    /// <summary>
    /// Case n: its employer is n mod 100,000, which fixes its Kancab and Kejari; status, type, dates and amounts are
    /// hashes of n. Handed over between January 2020 and November 2026; closed 30 to 430 days later.
    /// </summary>
    private static void AddCases(SqliteConnection c)
    {
        Execute(c, $"CREATE TEMP TABLE bench_case AS {Sequence(Cases)} SELECT n, " +
            "CASE WHEN (n * 7919) % 100 < 3 THEN 'Draft' WHEN (n * 7919) % 100 < 5 THEN 'Dikembalikan' " +
            "WHEN (n * 7919) % 100 < 10 THEN 'Diserahkan' WHEN (n * 7919) % 100 < 20 THEN 'Diterima' " +
            "WHEN (n * 7919) % 100 < 55 THEN 'Ditangani' WHEN (n * 7919) % 100 < 75 THEN 'Selesai' " +
            "WHEN (n * 7919) % 100 < 92 THEN 'Dilaporkan' ELSE 'Dicabut' END AS status, " +
            "(n * 7919) % 100 BETWEEN 10 AND 91 AS accepted, (n * 104729) % 2500 AS d, (n * 1299709) % 400 + 30 AS dur, " +
            $"n % {Employers} AS e, (n * 15485863) % 5000000 * 100 + 100000000 AS iuran FROM seq");
        Execute(c, "INSERT INTO Skks (Number, Date, ValidUntil, CaseType, Collectibility, EmployerId, BpjsOfficeId, KejaksaanOfficeId, " +
            "GrantorName, GrantorTitle, PeriodFrom, PeriodTo, Notes, TotalIuranSen, TotalDendaSen, TotalArrearsSen, Status, HandedOverAt, " +
            "RegisterNumber, RegisterYear, RegisterSequence, AcceptedAt, ClosedAt, Outcome, CreatedAt, CreatedById, Version) " +
            "SELECT 'B-SKK-' || b.n, date('2020-01-01', '+' || b.d || ' days'), date('2020-01-01', '+' || (b.d + 365) || ' days'), " +
            "CASE b.n % 5 WHEN 0 THEN 'PiutangIuran' WHEN 1 THEN 'Pwbd' WHEN 2 THEN 'PdsTenagaKerja' WHEN 3 THEN 'PdsUpah' ELSE 'PdsProgram' END, " +
            "'Macet', e.Id, e.BpjsOfficeId, k.Id, '', '', '2019-01-01', '2019-12-01', '', " +
            "b.iuran, b.iuran / 50, b.iuran + b.iuran / 50, b.status, " +
            "CASE WHEN b.status = 'Draft' THEN NULL " +
            "ELSE strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', '+' || b.d || ' days', '+' || (1 + b.n % 9) || ' hours') END, " +
            "CASE WHEN b.accepted THEN 'REG-' || b.n END, CASE WHEN b.accepted THEN 2020 + b.d / 365 END, CASE WHEN b.accepted THEN b.n END, " +
            "CASE WHEN b.accepted THEN strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', '+' || (b.d + 3) || ' days') END, " +
            "CASE WHEN b.status IN ('Selesai', 'Dilaporkan', 'Dicabut') THEN min(strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', " +
            "'+' || (b.d + b.dur) || ' days', '+' || (2 + b.n % 7) || ' hours'), '2026-11-20 03:00:00') END, " +
            "CASE WHEN b.status IN ('Selesai', 'Dilaporkan') " +
            "THEN CASE b.n % 4 WHEN 0 THEN 'Lunas' WHEN 1 THEN 'SebagianDikembalikan' WHEN 2 THEN 'TidakBerhasil' ELSE 'Gugatan' END END, " +
            "'2019-12-01 00:00:00', 'bench', 0 " +
            "FROM bench_case b " +
            "JOIN Employers e ON e.Name = 'PT Uji Beban ' || (b.e + 1) " +
            $"JOIN Offices k ON k.Code = 'BK-KEJARI-' || (b.e % {Kejati * KejariPerKejati} + 1)");
        Execute(c, "DROP TABLE bench_case");
    }

    /// <summary>Handled cases get an active team led by one of their Kejari's two JPN; withdrawn ones an ended team.</summary>
    private static void AddTeams(SqliteConnection c)
    {
        Execute(c, "INSERT INTO JpnTeams (SkkId, WarrantNumber, WarrantDate, LeadJpnId, IsActive, AppointedAt, AppointedById) " +
            "SELECT s.Id, 'PRINT-' || s.Id, date(s.AcceptedAt), u.Id, s.Status <> 'Dicabut', s.AcceptedAt, 'bench' " +
            "FROM Skks s JOIN AspNetUsers u ON u.OfficeId = s.KejaksaanOfficeId AND u.Id LIKE 'bench-jpn-%' " +
            "AND (CAST(substr(u.Id, 11) AS INTEGER) % 2) = (s.Id % 2) " +
            "WHERE s.Number LIKE 'B-SKK-%' AND s.Status IN ('Ditangani', 'Selesai', 'Dilaporkan', 'Dicabut') AND s.AcceptedAt IS NOT NULL");
        Execute(c, "INSERT INTO JpnTeamMembers (JpnTeamId, UserId, IsLead) SELECT Id, LeadJpnId, 1 FROM JpnTeams WHERE AppointedById = 'bench'");
    }

    /// <summary>
    /// Fourteen payments per handled case, 20 days apart from a month after handover, each 1/20 of the arrears: 85 %
    /// confirmed, 10 % only reported, 5 % reversed (each with its correcting row).
    /// </summary>
    private static void AddPayments(SqliteConnection c)
    {
        const string columns = "SkkId, PaidOn, AmountSen, Reference, Source, State, ProofNote, ReportedAt, ReportedById, ReportedByName, " +
            "ConfirmedById, ConfirmedByName, ConfirmedAt, ReversalReason, ReversedAt, ReversedById, ReversesPaymentId, Version";
        Execute(c, $"{Sequence(PaymentsPerHandledCase)} INSERT INTO Payments ({columns}) " +
            "SELECT s.Id, min(date(s.HandedOverAt, '+' || (30 + 20 * seq.n + s.Id % 11) || ' days'), '2026-11-20'), s.TotalArrearsSen / 20, " +
            "'TRX-' || s.Id || '-' || seq.n, 'Bpjs', x.state, '', s.HandedOverAt, 'bench', 'Uji', " +
            "CASE WHEN x.state <> 'Reported' THEN 'bench' END, CASE WHEN x.state <> 'Reported' THEN 'Uji' END, " +
            "CASE WHEN x.state <> 'Reported' THEN s.HandedOverAt END, CASE WHEN x.state = 'Reversed' THEN 'Salah input' END, " +
            "CASE WHEN x.state = 'Reversed' THEN s.HandedOverAt END, CASE WHEN x.state = 'Reversed' THEN 'bench' END, NULL, 0 " +
            "FROM Skks s, seq, (SELECT 'Confirmed' AS state, 0 AS lo, 85 AS hi UNION ALL SELECT 'Reported', 85, 95 UNION ALL SELECT 'Reversed', 95, 100) x " +
            "WHERE s.Number LIKE 'B-SKK-%' AND s.Status IN ('Ditangani', 'Selesai', 'Dilaporkan') " +
            "AND (s.Id * 31 + seq.n * 17) % 100 >= x.lo AND (s.Id * 31 + seq.n * 17) % 100 < x.hi");
        Execute(c, $"INSERT INTO Payments ({columns}) SELECT SkkId, PaidOn, AmountSen, Reference, Source, 'Reversed', '', ReportedAt, " +
            "'bench', 'Uji', NULL, NULL, NULL, ReversalReason, ReversedAt, ReversedById, Id, 0 FROM Payments " +
            "WHERE State = 'Reversed' AND ReversesPaymentId IS NULL AND ReportedById = 'bench'");
    }

    /// <summary>A current plan of twelve monthly installments for a third of the handled cases, partly paid.</summary>
    private static void AddInstallmentPlans(SqliteConnection c)
    {
        Execute(c, "INSERT INTO InstallmentPlans (SkkId, PlanVersion, CommittedSen, SignedOn, ResponsibleName, ResponsibleTitle, Notes, " +
            "IsCurrent, CreatedAt, CreatedById, Version) " +
            "SELECT Id, 1, TotalArrearsSen, date(HandedOverAt, '+25 days'), 'Direktur', 'Direktur', '', 1, HandedOverAt, 'bench', 0 " +
            "FROM Skks WHERE Number LIKE 'B-SKK-%' AND Status IN ('Ditangani', 'Selesai', 'Dilaporkan') AND Id % 3 = 0");
        Execute(c, $"{Sequence(12)} INSERT INTO Installments (PlanId, Number, DueOn, AmountSen, PaidSen) " +
            "SELECT p.Id, seq.n, date(p.SignedOn, '+' || seq.n || ' months'), p.CommittedSen / 12, " +
            "CASE WHEN seq.n <= 2 + p.Id % 9 THEN p.CommittedSen / 12 ELSE 0 END " +
            "FROM InstallmentPlans p, seq WHERE p.CreatedById = 'bench'");
    }

    /// <summary>Handled PWBD cases registered the employer (NPP) with its workers; nine in ten confirmed.</summary>
    private static void AddRegistrationOutcomes(SqliteConnection c)
    {
        const string columns = "SkkId, Kind, EffectiveOn, Npp, WorkersAdded, Programs, Note, Source, State, ReportedAt, ReportedById, ReportedByName, Version";
        const string cases = "FROM Skks WHERE Number LIKE 'B-SKK-%' AND CaseType = 'Pwbd' AND Status IN ('Ditangani', 'Selesai', 'Dilaporkan')";
        const string state = "CASE WHEN Id % 10 = 0 THEN 'Reported' ELSE 'Confirmed' END";
        Execute(c, $"INSERT INTO RegistrationOutcomes ({columns}) SELECT Id, 'NppDiterbitkan', date(HandedOverAt, '+40 days'), " +
            $"printf('8%07d', Id), NULL, '[]', '', 'Bpjs', {state}, HandedOverAt, 'bench', 'Uji', 0 {cases}");
        Execute(c, $"INSERT INTO RegistrationOutcomes ({columns}) SELECT Id, 'TenagaKerjaDitambahkan', date(HandedOverAt, '+45 days'), " +
            $"NULL, 5 + Id % 40, '[]', '', 'Bpjs', {state}, HandedOverAt, 'bench', 'Uji', 0 {cases}");
    }

    private static string Sequence(int count) => $"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})";

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 1200;
        command.ExecuteNonQuery();
    }
}
