using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Implementation;
using Tandem.Domain.Organisations;

namespace Tandem.Web.Data.Configurations;

internal sealed class CfirRoundConfiguration : IEntityTypeConfiguration<CfirRound>
{
    public void Configure(EntityTypeBuilder<CfirRound> round)
    {
        round.Property(r => r.Title).HasMaxLength(CfirRound.MaxTitleLength);
        round.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<AppUser>().WithMany().HasForeignKey(r => r.OpenedById).OnDelete(DeleteBehavior.Restrict);
        round.HasIndex(r => new { r.SiteId, r.OpenedAt });
    }
}

internal sealed class CfirInvitationConfiguration : IEntityTypeConfiguration<CfirInvitation>
{
    public void Configure(EntityTypeBuilder<CfirInvitation> invitation)
    {
        invitation.HasOne<CfirRound>().WithMany().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
        invitation.HasIndex(i => new { i.RoundId, i.UserId }).IsUnique();
        invitation.HasIndex(i => i.UserId);
    }
}

internal sealed class CfirRatingConfiguration : IEntityTypeConfiguration<CfirRating>
{
    public void Configure(EntityTypeBuilder<CfirRating> rating)
    {
        rating.Property(r => r.ConstructId).HasMaxLength(16);
        rating.Property(r => r.Comment).HasMaxLength(CfirRating.MaxCommentLength);
        rating.HasOne<CfirRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        rating.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RespondentId).OnDelete(DeleteBehavior.Restrict);
        rating.HasIndex(r => new { r.RoundId, r.RespondentId, r.ConstructId }).IsUnique();
    }
}

internal sealed class ImplementationPlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> plan)
    {
        plan.Property(p => p.Title).HasMaxLength(ImplementationPlan.MaxTitleLength);
        plan.Property(p => p.Goals).HasMaxLength(ImplementationPlan.MaxGoalsLength);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne<AppUser>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        plan.HasIndex(p => p.SiteId);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> action)
    {
        action.Property(a => a.Description).HasMaxLength(PlanAction.MaxDescriptionLength);
        action.HasOne<ImplementationPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<AppUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => a.PlanId);
        action.HasIndex(a => new { a.OwnerId, a.DueOn });
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> change)
    {
        change.Property(c => c.Detail).HasMaxLength(PlanChange.MaxDetailLength);
        change.HasOne<ImplementationPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ByUserId).OnDelete(DeleteBehavior.Restrict);
        change.HasIndex(c => new { c.PlanId, c.At });
    }
}

internal sealed class MatchingTableConfiguration : IEntityTypeConfiguration<MatchingTable>
{
    public void Configure(EntityTypeBuilder<MatchingTable> table)
    {
        table.Property(t => t.FileName).HasMaxLength(MatchingTable.MaxFileNameLength);
        table.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        table.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ImportedById).OnDelete(DeleteBehavior.Restrict);
        table.HasIndex(t => new { t.OrganisationId, t.Version }).IsUnique();
    }
}

internal sealed class MatchingRowConfiguration : IEntityTypeConfiguration<MatchingRow>
{
    public void Configure(EntityTypeBuilder<MatchingRow> row)
    {
        row.Property(r => r.Barrier).HasMaxLength(MatchingRow.MaxBarrierLength);
        row.HasOne<MatchingTable>().WithMany().HasForeignKey(r => r.TableId).OnDelete(DeleteBehavior.Cascade);
        row.HasIndex(r => new { r.TableId, r.Barrier, r.StrategyId }).IsUnique();
    }
}

internal sealed class NomadRoundConfiguration : IEntityTypeConfiguration<NomadRound>
{
    public void Configure(EntityTypeBuilder<NomadRound> round)
    {
        round.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<AppUser>().WithMany().HasForeignKey(r => r.OpenedById).OnDelete(DeleteBehavior.Restrict);
        round.HasIndex(r => new { r.SiteId, r.OpenedAt });
    }
}

internal sealed class NomadParticipationConfiguration : IEntityTypeConfiguration<NomadParticipation>
{
    public void Configure(EntityTypeBuilder<NomadParticipation> participation)
    {
        participation.HasKey(p => new { p.RoundId, p.UserId });
        participation.HasOne<NomadRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        participation.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NomadAnswerConfiguration : IEntityTypeConfiguration<NomadAnswer>
{
    public void Configure(EntityTypeBuilder<NomadAnswer> answer)
    {
        answer.Property(a => a.ItemId).HasMaxLength(8);
        answer.HasOne<NomadRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        answer.HasIndex(a => a.RoundId);
    }
}
