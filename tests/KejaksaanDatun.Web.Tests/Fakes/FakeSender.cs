using Mediator;

namespace KejaksaanDatun.Web.Tests.Fakes;

/// <summary>
/// Stands in for the mediator behind <c>RequestDispatcher</c>, so pages run their real request path without a
/// database: it records every request and answers with what the test set up for that request type.
/// </summary>
public sealed class FakeSender : ISender
{
    private readonly Dictionary<Type, Func<object, object>> _answers = [];
    private readonly List<object> _sent = [];

    /// <summary>
    /// What was sent so far, as a copy: a component may send from the renderer's dispatcher thread while the test reads.
    /// </summary>
    public IReadOnlyList<object> Sent
    {
        get
        {
            lock (_sent) return [.. _sent];
        }
    }

    /// <summary>Answers requests of type <typeparamref name="TRequest"/>; the function may throw to play a refusal.</summary>
    public FakeSender On<TRequest>(Func<TRequest, object> answer)
    {
        _answers[typeof(TRequest)] = request => answer((TRequest)request);
        return this;
    }

    public IEnumerable<TRequest> SentOf<TRequest>() => Sent.OfType<TRequest>();

    public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        Answer<TResponse>(request);

    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        Answer<TResponse>(command);

    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        Answer<TResponse>(query);

    public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => Answer<object?>(message);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private ValueTask<TResponse> Answer<TResponse>(object request)
    {
        lock (_sent) _sent.Add(request);
        if (!_answers.TryGetValue(request.GetType(), out var answer))
            throw new InvalidOperationException($"The test did not say how to answer {request.GetType().Name}.");
        return ValueTask.FromResult((TResponse)answer(request));
    }
}
