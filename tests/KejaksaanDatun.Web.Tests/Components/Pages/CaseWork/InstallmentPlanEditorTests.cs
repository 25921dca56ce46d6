using Bunit;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Web.Components.Pages.CaseWork;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.CaseWork;

/// <summary>The Surat Pernyataan Kesanggupan dialog of the recovery section, with its editable installment rows.</summary>
public sealed class InstallmentPlanEditorTests : PageTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    public InstallmentPlanEditorTests() : base(Roles.Jpn, Institution.Kejaksaan)
    {
        var arrears = Money.FromRupiah(11_339_400);
        Sender.On<GetCaseFinancials>(_ => new CaseFinancials(arrears, Money.Zero, Money.Zero, Money.Zero, arrears, 0m, null, false, 12,
            SkkStatus.Ditangani, null, null, null, [], [], []));
        Sender.On<AgreeInstallmentPlan>(_ => 1);
        _dialogs = Render<MudDialogProvider>();
    }

    [Fact]
    public void The_dialog_proposes_three_equal_monthly_installments_of_the_outstanding_arrears_with_the_remainder_last()
    {
        OpenPlanDialog();

        var amounts = _dialogs.FindAll("input[data-testid=plan-amount]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["3.779.800", "3.779.800", "3.779.800"], amounts);
        Assert.Contains("sama dengan yang disanggupi", _dialogs.Find("[data-testid=plan-total]").TextContent);
        var dueDates = _dialogs.FindComponents<KejaksaanDatun.Web.Components.Shared.DateOnlyPicker>()
            .Where(p => p.Instance.Label is null).Select(p => p.Instance.Value).ToList();
        Assert.Equal([Today.AddMonths(1), Today.AddMonths(2), Today.AddMonths(3)], dueDates);
    }

    [Fact]
    public void Edited_amounts_that_do_not_add_up_are_shown_and_refused_before_anything_is_sent()
    {
        OpenPlanDialog();
        FillResponsible();

        _dialogs.FindAll("input[data-testid=plan-amount]")[0].Input("5.000.000");

        _dialogs.WaitForAssertion(() => Assert.Contains("lebih Rp1.220.200 dari yang disanggupi", _dialogs.Find("[data-testid=plan-total]").TextContent));
        _dialogs.Find("form#command-form").Submit();
        _dialogs.WaitForAssertion(() => Assert.Contains("tidak sama dengan jumlah yang disanggupi", _dialogs.Markup));
        Assert.Empty(Sender.SentOf<AgreeInstallmentPlan>());
    }

    [Fact]
    public void A_plan_with_edited_amounts_and_an_added_installment_is_sent_as_signed()
    {
        OpenPlanDialog();
        FillResponsible();

        _dialogs.FindAll("input[data-testid=plan-amount]")[0].Input("5.000.000");
        _dialogs.FindAll("input[data-testid=plan-amount]")[2].Input("1.000.000");
        _dialogs.Find("button[data-testid=plan-add]").Click();
        _dialogs.WaitForAssertion(() => Assert.Equal(4, _dialogs.FindAll("input[data-testid=plan-amount]").Count));
        _dialogs.FindAll("input[data-testid=plan-amount]")[3].Input("1.559.600");
        _dialogs.WaitForAssertion(() => Assert.Contains("sama dengan yang disanggupi", _dialogs.Find("[data-testid=plan-total]").TextContent));
        _dialogs.Find("form#command-form").Submit();

        var sent = _dialogs.WaitFor(() => Assert.Single(Sender.SentOf<AgreeInstallmentPlan>()));
        Assert.Equal(["5.000.000", "3.779.800", "1.000.000", "1.559.600"], sent.Installments.Select(i => i.Amount));
        Assert.Equal(Today.AddMonths(4), sent.Installments[3].DueOn);
        Assert.Equal("11.339.400", sent.CommittedAmount);
    }

    [Fact]
    public void Changing_the_number_of_installments_splits_the_commitment_again()
    {
        OpenPlanDialog();

        _dialogs.Find("input[data-testid=plan-count]").Change("7");

        _dialogs.WaitForAssertion(() => Assert.Equal([.. Enumerable.Repeat("1.619.914", 6), "1.619.916"],
            _dialogs.FindAll("input[data-testid=plan-amount]").Select(i => i.GetAttribute("value"))));
    }

    private void OpenPlanDialog()
    {
        var section = Render<RecoverySection>(p => p
            .Add(s => s.SkkId, 5).Add(s => s.CaseVersion, 3).Add(s => s.CanWork, true).Add(s => s.Today, Today));
        section.WaitForAssertion(() => Assert.Contains("Rp11.339.400", section.Markup));
        section.FindAll("button").Single(b => b.TextContent.Contains("Surat Pernyataan Kesanggupan")).Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=plan-installments]"));
    }

    private void FillResponsible()
    {
        var fields = _dialogs.FindComponents<MudTextField<string>>();
        fields.Single(f => f.Instance.Label == "Nama penanggung jawab").Find("input").Change("H. Rusdi Hamdani");
        fields.Single(f => f.Instance.Label == "Jabatan").Find("input").Change("Direktur");
    }
}
