using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace KejaksaanDatun.Web.Tests.Fakes;

/// <summary>Keeps the jobs a page enqueues instead of running them, so a test can see what was asked for.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<Job> _created = [];

    public IReadOnlyList<Job> Created
    {
        get { lock (_created) return [.. _created]; }
    }

    public string Create(Job job, IState state)
    {
        lock (_created)
        {
            _created.Add(job);
            return _created.Count.ToString();
        }
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
