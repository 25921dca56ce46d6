using FluentValidation;
using Mediator;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>Runs the request's FluentValidation validators (the same ones the forms use) before its handler.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return await next(message, cancellationToken);
    }
}
