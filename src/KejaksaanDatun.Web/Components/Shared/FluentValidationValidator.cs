using System.Collections;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using KejaksaanDatun.Core.Behaviors;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace KejaksaanDatun.Web.Components.Shared;

/// <summary>
/// Validates an <see cref="EditForm"/>'s model with the FluentValidation <see cref="IValidator{T}"/> from DI —
/// the same validator the request pipeline runs — so a form shows the server's rules before it sends.
/// Place it inside the form: <c>&lt;FluentValidationValidator @ref="validator" /&gt;</c>. A field is validated when
/// it changes and the whole model on submit; MudBlazor inputs show the messages through their <c>For</c> expression.
/// Nested paths such as <c>Lines[3].Iuran</c> land on the <c>Iuran</c> field of the fourth line object.
/// Rules must be synchronous; anything that needs the database belongs in the handler, and its
/// <see cref="RequestValidationException"/> comes back to the form through <see cref="ShowServerErrors"/>.
/// </summary>
public sealed class FluentValidationValidator : ComponentBase, IDisposable
{
    private EditContext? _editContext;
    private ValidationMessageStore? _messages;
    private IValidator _validator = default!;

    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }

    [Inject] private IServiceProvider Services { get; set; } = default!;

    /// <summary>Overrides the validator resolved from DI for the model's type.</summary>
    [Parameter] public IValidator? Validator { get; set; }

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
            throw new InvalidOperationException($"{nameof(FluentValidationValidator)} must be placed inside an EditForm.");
        if (ReferenceEquals(CurrentEditContext, _editContext)) return;

        Detach();
        _editContext = CurrentEditContext;
        _messages = new ValidationMessageStore(_editContext);
        _validator = Validator ?? ResolveValidator(_editContext.Model.GetType());
        _editContext.OnValidationRequested += ValidateModel;
        _editContext.OnFieldChanged += ValidateField;
    }

    /// <summary>Shows field errors the server reported (e.g. from a <see cref="RequestValidationException"/>) on the form's fields.</summary>
    public void ShowServerErrors(IEnumerable<FieldError> errors)
    {
        var (context, messages) = Attached();
        messages.Clear();
        foreach (var error in errors) messages.Add(ToFieldIdentifier(context.Model, error.Field), error.Message);
        context.NotifyValidationStateChanged();
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var (context, messages) = Attached();
        messages.Clear();
        foreach (var failure in Validate(context.Model))
            messages.Add(ToFieldIdentifier(context.Model, failure.PropertyName), failure.ErrorMessage);
        context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var (context, messages) = Attached();
        // Validating the whole model and keeping this field's messages is what makes nested paths and rules
        // that compare two fields (end after start) work; forms are small enough for this to cost nothing.
        messages.Clear(e.FieldIdentifier);
        foreach (var failure in Validate(context.Model))
        {
            if (ToFieldIdentifier(context.Model, failure.PropertyName).Equals(e.FieldIdentifier))
                messages.Add(e.FieldIdentifier, failure.ErrorMessage);
        }
        context.NotifyValidationStateChanged();
    }

    private IEnumerable<ValidationFailure> Validate(object model) =>
        _validator.Validate(new ValidationContext<object>(model)).Errors;

    private (EditContext, ValidationMessageStore) Attached() =>
        (_editContext ?? throw new InvalidOperationException("The validator is not attached to a form yet."), _messages!);

    private IValidator ResolveValidator(Type modelType) =>
        (IValidator?)Services.GetService(typeof(IValidator<>).MakeGenericType(modelType))
        ?? throw new InvalidOperationException($"No IValidator<{modelType.Name}> is registered.");

    /// <summary>
    /// Turns a FluentValidation property path into the object and property it names: <c>Lines[3].Iuran</c> is the
    /// <c>Iuran</c> property of <c>model.Lines[3]</c>. A path that cannot be followed stays on the model, where a
    /// ValidationSummary still shows it.
    /// </summary>
    internal static FieldIdentifier ToFieldIdentifier(object model, string path)
    {
        var owner = model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var next = Step(owner, segments[i]);
            if (next is null) return new FieldIdentifier(model, path);
            owner = next;
        }
        var last = segments[^1];
        var bracket = last.IndexOf('[');
        if (bracket < 0) return new FieldIdentifier(owner, last);

        // A path ending in an index ("Lines[3]") names a whole item; its messages belong to the list property.
        var listName = last[..bracket];
        return listName.Length == 0 ? new FieldIdentifier(model, path) : new FieldIdentifier(owner, listName);
    }

    /// <summary>Follows one path segment such as <c>Customer</c> or <c>Lines[3]</c>; null when it cannot be followed.</summary>
    private static object? Step(object owner, string segment)
    {
        var bracket = segment.IndexOf('[');
        var name = bracket < 0 ? segment : segment[..bracket];
        var value = owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(owner);
        if (bracket < 0 || value is null) return value;

        var indexText = segment[(bracket + 1)..].TrimEnd(']');
        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return null;
        return value switch
        {
            IList list => index < list.Count ? list[index] : null,
            IEnumerable items => items.Cast<object?>().ElementAtOrDefault(index),
            _ => null,
        };
    }

    private void Detach()
    {
        if (_editContext is null) return;
        _messages?.Clear();
        _editContext.OnValidationRequested -= ValidateModel;
        _editContext.OnFieldChanged -= ValidateField;
        _editContext.NotifyValidationStateChanged();
    }

    public void Dispose() => Detach();
}
