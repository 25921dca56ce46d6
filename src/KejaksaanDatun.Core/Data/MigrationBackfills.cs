namespace KejaksaanDatun.Core.Data;

/// <summary>
/// Statements that fill a column a migration adds from the rows already there. They are written once, in SQL that
/// SQLite and SQL Server both read (names in brackets, which SQLite accepts too), and both providers' migrations run them.
/// </summary>
public static class MigrationBackfills
{
    /// <summary>
    /// <see cref="Domain.Installment.PaidInFullOn"/> as <see cref="Domain.RecoveryMath.Allocate"/> sets it: the first day
    /// on which the confirmed payments made since the plan was signed cover the installment and every earlier one.
    /// Only the state is tested, as the dashboards do: the correcting row of a reversal is itself reversed.
    /// </summary>
    public const string InstallmentsPaidInFullOn = """
        UPDATE [Installments] SET [PaidInFullOn] = (
            SELECT MIN(p.[PaidOn])
            FROM [InstallmentPlans] AS signed
            INNER JOIN [Payments] AS p ON p.[SkkId] = signed.[SkkId]
            WHERE signed.[Id] = [Installments].[PlanId] AND p.[State] = 'Confirmed' AND p.[PaidOn] >= signed.[SignedOn]
              AND (SELECT SUM(q.[AmountSen]) FROM [Payments] AS q
                   WHERE q.[SkkId] = signed.[SkkId] AND q.[State] = 'Confirmed' AND q.[PaidOn] >= signed.[SignedOn] AND q.[PaidOn] <= p.[PaidOn])
                  >= (SELECT SUM(earlier.[AmountSen]) FROM [Installments] AS earlier
                      WHERE earlier.[PlanId] = [Installments].[PlanId] AND earlier.[Number] <= [Installments].[Number]))
        WHERE [PaidSen] >= [AmountSen]
        """;

    /// <summary>
    /// A statement for SQL Server run through EXEC: the idempotent script puts a migration's steps in one batch, and
    /// SQL Server compiles a batch before it runs, when the column the statement fills is not there yet.
    /// </summary>
    public static string ForSqlServer(string statement) => $"EXEC(N'{statement.Replace("'", "''")}')";
}
