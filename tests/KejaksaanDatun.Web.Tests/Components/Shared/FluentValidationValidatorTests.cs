using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Shared;

public sealed class FluentValidationValidatorTests : MudTestContext
{
    private readonly ArrearsForm _model = new()
    {
        Name = "",
        Lines = [new() { Iuran = 100_000m }, new() { Iuran = 0m }, new() { Iuran = 250_000m }],
    };

    public FluentValidationValidatorTests()
    {
        Services.AddScoped<IValidator<ArrearsForm>, ArrearsFormValidator>();
    }

    [Fact]
    public void Submitting_an_invalid_form_is_blocked_and_each_message_lands_on_its_own_field()
    {
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal([ArrearsFormValidator.NameRequired], Messages(cut, _model, nameof(ArrearsForm.Name))));
        cut.WaitForAssertion(() => Assert.Equal([ArrearsFormValidator.IuranPositive], Messages(cut, _model.Lines[1], nameof(ArrearsFormLine.Iuran))));
        Assert.Equal(0, cut.Instance.Submitted);
        Assert.Empty(Messages(cut, _model.Lines[0], nameof(ArrearsFormLine.Iuran)));
        Assert.Empty(Messages(cut, _model.Lines[2], nameof(ArrearsFormLine.Iuran)));
    }

    [Fact]
    public void MudBlazor_inputs_show_the_messages_of_their_own_line()
    {
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));

        cut.Find("form").Submit();

        var iuranFields = cut.FindComponents<MudNumericField<decimal>>();
        cut.WaitForAssertion(() => Assert.Equal(ArrearsFormValidator.IuranPositive, iuranFields[1].Instance.GetErrorText()));
        cut.WaitForAssertion(() => Assert.Equal(ArrearsFormValidator.NameRequired, cut.FindComponent<MudTextField<string>>().Instance.GetErrorText()));
        Assert.Null(iuranFields[0].Instance.GetErrorText());
    }

    [Fact]
    public void Submitting_a_valid_form_calls_the_valid_submit_handler()
    {
        _model.Name = "PT Sinar Banua";
        _model.Lines[1].Iuran = 75_000m;
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(1, cut.Instance.Submitted));
    }

    [Fact]
    public void Changing_a_field_validates_that_field_only()
    {
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));

        cut.FindAll(".iuran input")[2].Change("-5");

        cut.WaitForAssertion(() => Assert.Equal([ArrearsFormValidator.IuranPositive], Messages(cut, _model.Lines[2], nameof(ArrearsFormLine.Iuran))));
        // Fields the user has not touched yet stay quiet until submit.
        Assert.Empty(Messages(cut, _model, nameof(ArrearsForm.Name)));
        Assert.Empty(Messages(cut, _model.Lines[1], nameof(ArrearsFormLine.Iuran)));
    }

    [Fact]
    public void Correcting_a_field_clears_its_message()
    {
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.NotEmpty(Messages(cut, _model, nameof(ArrearsForm.Name))));

        cut.Find(".name input").Change("PT Sinar Banua");

        cut.WaitForAssertion(() => Assert.Empty(Messages(cut, _model, nameof(ArrearsForm.Name))));
        Assert.NotEmpty(Messages(cut, _model.Lines[1], nameof(ArrearsFormLine.Iuran)));
    }

    [Fact]
    public async Task Server_field_errors_are_shown_on_the_fields_they_name()
    {
        _model.Name = "PT Sinar Banua";
        _model.Lines[1].Iuran = 75_000m;
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, _model));

        await cut.InvokeAsync(() => cut.Instance.Validator.ShowServerErrors(
        [
            new FieldError("Name", "Badan usaha ini sudah terdaftar."),
            new FieldError("Lines[2].Iuran", "Iuran melebihi tunggakan yang tercatat."),
        ]));

        Assert.Equal(["Badan usaha ini sudah terdaftar."], Messages(cut, _model, nameof(ArrearsForm.Name)));
        Assert.Equal(["Iuran melebihi tunggakan yang tercatat."], Messages(cut, _model.Lines[2], nameof(ArrearsFormLine.Iuran)));
        cut.WaitForAssertion(() => Assert.Equal("Iuran melebihi tunggakan yang tercatat.",
            cut.FindComponents<MudNumericField<decimal>>()[2].Instance.GetErrorText()));
    }

    [Theory]
    [InlineData("Lines[1].Iuran", 1, "Iuran")]
    [InlineData("Lines[0].Iuran", 0, "Iuran")]
    public void A_nested_path_resolves_to_the_line_object(string path, int line, string field)
    {
        var identifier = FluentValidationValidator.ToFieldIdentifier(_model, path);

        Assert.Same(_model.Lines[line], identifier.Model);
        Assert.Equal(field, identifier.FieldName);
    }

    [Theory]
    [InlineData("Lines[1]", "Lines")]
    [InlineData("Lines[9].Iuran", "Lines[9].Iuran")]
    [InlineData("Unknown.Field", "Unknown.Field")]
    [InlineData("", "")]
    public void A_path_naming_no_single_field_stays_on_the_form(string path, string field)
    {
        var identifier = FluentValidationValidator.ToFieldIdentifier(_model, path);

        Assert.Same(_model, identifier.Model);
        Assert.Equal(field, identifier.FieldName);
    }

    private static string[] Messages(IRenderedComponent<ArrearsFormHost> cut, object owner, string field) =>
        cut.FindComponent<EditForm>().Instance.EditContext!.GetValidationMessages(new FieldIdentifier(owner, field)).ToArray();
}
