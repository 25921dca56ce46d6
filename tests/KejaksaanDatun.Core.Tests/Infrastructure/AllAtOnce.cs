namespace KejaksaanDatun.Core.Tests.Infrastructure;

/// <summary>Requests raced against each other, for the tests of what happens when users act at the same moment.</summary>
public static class AllAtOnce
{
    /// <summary>Starts every request on its own thread at the same instant; null where it succeeded, else what it threw.</summary>
    public static async Task<Exception?[]> Run(IEnumerable<Func<Task>> requests)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = requests.Select(request => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await request();
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }
}
