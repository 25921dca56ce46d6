IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(400) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserId] nvarchar(400) NOT NULL,
        [UserName] nvarchar(400) NOT NULL,
        [Action] nvarchar(400) NOT NULL,
        [EntityType] nvarchar(400) NOT NULL,
        [EntityKey] nvarchar(400) NOT NULL,
        [Operation] nvarchar(400) NOT NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [NumberSequences] (
        [OfficeId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Year] int NOT NULL,
        [LastValue] int NOT NULL,
        CONSTRAINT [PK_NumberSequences] PRIMARY KEY ([OfficeId], [Kind], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Offices] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(40) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [ParentId] int NULL,
        [Path] nvarchar(200) NOT NULL,
        [City] nvarchar(400) NOT NULL,
        [Address] nvarchar(400) NOT NULL,
        [Phone] nvarchar(400) NOT NULL,
        [Email] nvarchar(400) NOT NULL,
        [Website] nvarchar(400) NOT NULL,
        [TimeZone] nvarchar(5) NOT NULL,
        [LetterCode] nvarchar(400) NOT NULL,
        [HeadTitle] nvarchar(400) NOT NULL,
        [HeadName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_Offices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offices_Offices_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(400) NOT NULL,
        [ClaimType] nvarchar(400) NULL,
        [ClaimValue] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Agreements] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(10) NOT NULL,
        [Number] nvarchar(120) NOT NULL,
        [BpjsNumber] nvarchar(120) NULL,
        [BpjsOfficeId] int NOT NULL,
        [KejaksaanOfficeId] int NOT NULL,
        [SignedOn] date NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidUntil] date NOT NULL,
        [Scope] nvarchar(2000) NOT NULL,
        [RenewsAgreementId] int NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Agreements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Agreements_Agreements_RenewsAgreementId] FOREIGN KEY ([RenewsAgreementId]) REFERENCES [Agreements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Agreements_Offices_BpjsOfficeId] FOREIGN KEY ([BpjsOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Agreements_Offices_KejaksaanOfficeId] FOREIGN KEY ([KejaksaanOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(400) NOT NULL,
        [FullName] nvarchar(400) NOT NULL,
        [OfficeId] int NOT NULL,
        [Pangkat] nvarchar(400) NOT NULL,
        [Nip] nvarchar(30) NOT NULL,
        [Jabatan] nvarchar(400) NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(400) NULL,
        [SecurityStamp] nvarchar(400) NULL,
        [ConcurrencyStamp] nvarchar(400) NULL,
        [PhoneNumber] nvarchar(400) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [BulkLetterJobs] (
        [Id] uniqueidentifier NOT NULL,
        [OfficeId] int NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [SkkIds] nvarchar(max) NOT NULL,
        [Parameters] nvarchar(max) NOT NULL,
        [Total] int NOT NULL,
        [Done] int NOT NULL,
        [FirstSequence] int NULL,
        [Year] int NULL,
        [LetterDate] date NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [Error] nvarchar(2000) NULL,
        [Zip] varbinary(max) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [CreatedByName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_BulkLetterJobs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BulkLetterJobs_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Employers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Npp] nvarchar(8) NULL,
        [Npwp] nvarchar(25) NULL,
        [Address] nvarchar(500) NOT NULL,
        [District] nvarchar(400) NOT NULL,
        [Sector] nvarchar(400) NOT NULL,
        [ContactPerson] nvarchar(400) NOT NULL,
        [ContactPhone] nvarchar(400) NOT NULL,
        [WorkerCount] int NOT NULL,
        [BpjsOfficeId] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Employers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Employers_Offices_BpjsOfficeId] FOREIGN KEY ([BpjsOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [LetterNumberFormats] (
        [OfficeId] int NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Pattern] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_LetterNumberFormats] PRIMARY KEY ([OfficeId], [Kind]),
        CONSTRAINT [FK_LetterNumberFormats_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [TemplateVersions] (
        [Id] int NOT NULL IDENTITY,
        [OfficeId] int NULL,
        [Kind] nvarchar(30) NOT NULL,
        [VersionNumber] int NOT NULL,
        [FileName] nvarchar(400) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [IsActive] bit NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [UploadedById] nvarchar(400) NOT NULL,
        [UploadedByName] nvarchar(400) NOT NULL,
        [Note] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_TemplateVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TemplateVersions_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(400) NOT NULL,
        [ClaimType] nvarchar(400) NULL,
        [ClaimValue] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(400) NOT NULL,
        [ProviderKey] nvarchar(400) NOT NULL,
        [ProviderDisplayName] nvarchar(400) NULL,
        [UserId] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(400) NOT NULL,
        [RoleId] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(400) NOT NULL,
        [LoginProvider] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Value] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Skks] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(120) NOT NULL,
        [Date] date NOT NULL,
        [ValidUntil] date NOT NULL,
        [CaseType] nvarchar(20) NOT NULL,
        [Collectibility] nvarchar(20) NOT NULL,
        [EmployerId] int NOT NULL,
        [BpjsOfficeId] int NOT NULL,
        [KejaksaanOfficeId] int NOT NULL,
        [GrantorName] nvarchar(400) NOT NULL,
        [GrantorTitle] nvarchar(400) NOT NULL,
        [PeriodFrom] date NOT NULL,
        [PeriodTo] date NOT NULL,
        [Notes] nvarchar(4000) NOT NULL,
        [TotalIuranSen] bigint NOT NULL,
        [TotalDendaSen] bigint NOT NULL,
        [TotalArrearsSen] bigint NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [AgreementId] int NULL,
        [HandedOverAt] datetime2 NULL,
        [RegisterNumber] nvarchar(120) NULL,
        [RegisterYear] int NULL,
        [RegisterSequence] int NULL,
        [AcceptedAt] datetime2 NULL,
        [ReturnReason] nvarchar(4000) NULL,
        [WithdrawReason] nvarchar(4000) NULL,
        [ClosedAt] datetime2 NULL,
        [Outcome] nvarchar(30) NULL,
        [OutcomeReason] nvarchar(4000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Skks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Skks_Agreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [Agreements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Skks_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Skks_Offices_BpjsOfficeId] FOREIGN KEY ([BpjsOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Skks_Offices_KejaksaanOfficeId] FOREIGN KEY ([KejaksaanOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [ArrearsLines] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Period] date NOT NULL,
        [Program] nvarchar(5) NOT NULL,
        [IuranSen] bigint NOT NULL,
        [DendaSen] bigint NOT NULL,
        CONSTRAINT [PK_ArrearsLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ArrearsLines_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [CaseEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [At] datetime2 NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [FromStatus] nvarchar(20) NULL,
        [ToStatus] nvarchar(20) NULL,
        [Description] nvarchar(4000) NOT NULL,
        [ActorId] nvarchar(400) NOT NULL,
        [ActorName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_CaseEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseEvents_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [InstallmentPlans] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [PlanVersion] int NOT NULL,
        [CommittedSen] bigint NOT NULL,
        [SignedOn] date NOT NULL,
        [ResponsibleName] nvarchar(200) NOT NULL,
        [ResponsibleTitle] nvarchar(200) NOT NULL,
        [Notes] nvarchar(4000) NOT NULL,
        [IsCurrent] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_InstallmentPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstallmentPlans_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [JpnTeams] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [WarrantNumber] nvarchar(120) NOT NULL,
        [WarrantDate] date NOT NULL,
        [LeadJpnId] nvarchar(400) NOT NULL,
        [IsActive] bit NOT NULL,
        [AppointedAt] datetime2 NOT NULL,
        [AppointedById] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_JpnTeams] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_JpnTeams_AspNetUsers_LeadJpnId] FOREIGN KEY ([LeadJpnId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_JpnTeams_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Letters] (
        [Id] bigint NOT NULL IDENTITY,
        [OfficeId] int NOT NULL,
        [SkkId] int NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Number] nvarchar(120) NOT NULL,
        [Date] date NOT NULL,
        [Year] int NOT NULL,
        [Sequence] int NOT NULL,
        [TemplateVersionId] int NOT NULL,
        [DataSnapshot] nvarchar(max) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [FileName] nvarchar(400) NOT NULL,
        [Warnings] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [CreatedByName] nvarchar(400) NOT NULL,
        [IsVoid] bit NOT NULL,
        [VoidReason] nvarchar(1000) NULL,
        [VoidedAt] datetime2 NULL,
        [BulkJobId] uniqueidentifier NULL,
        CONSTRAINT [PK_Letters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Letters_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Letters_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Letters_TemplateVersions_TemplateVersionId] FOREIGN KEY ([TemplateVersionId]) REFERENCES [TemplateVersions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [LitigationRecords] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [Note] nvarchar(1000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_LitigationRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LitigationRecords_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [HeldAt] datetime2 NOT NULL,
        [Place] nvarchar(400) NOT NULL,
        [Attendees] nvarchar(4000) NOT NULL,
        [EmployerStatement] nvarchar(max) NOT NULL,
        [Agreement] nvarchar(max) NOT NULL,
        [Notes] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Meetings_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Payments] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [PaidOn] date NOT NULL,
        [AmountSen] bigint NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [ProofNote] nvarchar(1000) NOT NULL,
        [ReportedAt] datetime2 NOT NULL,
        [ReportedById] nvarchar(400) NOT NULL,
        [ReportedByName] nvarchar(400) NOT NULL,
        [ConfirmedById] nvarchar(400) NULL,
        [ConfirmedByName] nvarchar(400) NULL,
        [ConfirmedAt] datetime2 NULL,
        [ReversalReason] nvarchar(4000) NULL,
        [ReversedAt] datetime2 NULL,
        [ReversedById] nvarchar(400) NULL,
        [ReversesPaymentId] int NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Payments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Payments_Payments_ReversesPaymentId] FOREIGN KEY ([ReversesPaymentId]) REFERENCES [Payments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Payments_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Somasis] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [IssuedOn] date NOT NULL,
        [DeadlineDays] int NOT NULL,
        [Notes] nvarchar(4000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_Somasis] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Somasis_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Installments] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [Number] int NOT NULL,
        [DueOn] date NOT NULL,
        [AmountSen] bigint NOT NULL,
        [PaidSen] bigint NOT NULL,
        [BrokenPromiseRecordedAt] datetime2 NULL,
        CONSTRAINT [PK_Installments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Installments_InstallmentPlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [InstallmentPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [JpnTeamMembers] (
        [JpnTeamId] int NOT NULL,
        [UserId] nvarchar(400) NOT NULL,
        [IsLead] bit NOT NULL,
        CONSTRAINT [PK_JpnTeamMembers] PRIMARY KEY ([JpnTeamId], [UserId]),
        CONSTRAINT [FK_JpnTeamMembers_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_JpnTeamMembers_JpnTeams_JpnTeamId] FOREIGN KEY ([JpnTeamId]) REFERENCES [JpnTeams] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE TABLE [Summonses] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Sequence] int NOT NULL,
        [ScheduledAt] datetime2 NOT NULL,
        [Place] nvarchar(400) NOT NULL,
        [Purpose] nvarchar(2000) NOT NULL,
        [LetterId] bigint NULL,
        [DeliveredOn] date NULL,
        [DeliveryNote] nvarchar(1000) NULL,
        [Attendance] nvarchar(20) NOT NULL,
        [AttendanceNote] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Summonses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Summonses_Letters_LetterId] FOREIGN KEY ([LetterId]) REFERENCES [Letters] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Summonses_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Agreements_BpjsOfficeId_KejaksaanOfficeId_ValidUntil] ON [Agreements] ([BpjsOfficeId], [KejaksaanOfficeId], [ValidUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agreements_KejaksaanOfficeId_Number] ON [Agreements] ([KejaksaanOfficeId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Agreements_RenewsAgreementId] ON [Agreements] ([RenewsAgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ArrearsLines_SkkId_Period_Program] ON [ArrearsLines] ([SkkId], [Period], [Program]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OfficeId] ON [AspNetUsers] ([OfficeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityKey] ON [AuditEntries] ([EntityType], [EntityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_BulkLetterJobs_OfficeId] ON [BulkLetterJobs] ([OfficeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_SkkId_At] ON [CaseEvents] ([SkkId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Employers_BpjsOfficeId] ON [Employers] ([BpjsOfficeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Employers_Name] ON [Employers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Employers_Npp] ON [Employers] ([Npp]) WHERE [Npp] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InstallmentPlans_SkkId_PlanVersion] ON [InstallmentPlans] ([SkkId], [PlanVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Installments_PlanId_Number] ON [Installments] ([PlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_JpnTeamMembers_UserId] ON [JpnTeamMembers] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_JpnTeams_LeadJpnId] ON [JpnTeams] ([LeadJpnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_JpnTeams_SkkId_IsActive] ON [JpnTeams] ([SkkId], [IsActive]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Letters_OfficeId_Kind_Year_Sequence] ON [Letters] ([OfficeId], [Kind], [Year], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Letters_SkkId_CreatedAt] ON [Letters] ([SkkId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Letters_TemplateVersionId] ON [Letters] ([TemplateVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_LitigationRecords_SkkId] ON [LitigationRecords] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_SkkId_HeldAt] ON [Meetings] ([SkkId], [HeldAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Offices_Code] ON [Offices] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Offices_ParentId] ON [Offices] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Offices_Path] ON [Offices] ([Path]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Payments_ReversesPaymentId] ON [Payments] ([ReversesPaymentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Payments_SkkId_State] ON [Payments] ([SkkId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Skks_AgreementId] ON [Skks] ([AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Skks_BpjsOfficeId_Number] ON [Skks] ([BpjsOfficeId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Skks_EmployerId] ON [Skks] ([EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Skks_KejaksaanOfficeId_RegisterYear_RegisterSequence] ON [Skks] ([KejaksaanOfficeId], [RegisterYear], [RegisterSequence]) WHERE [RegisterYear] IS NOT NULL AND [RegisterSequence] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Skks_KejaksaanOfficeId_Status] ON [Skks] ([KejaksaanOfficeId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Skks_Status] ON [Skks] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Somasis_SkkId] ON [Somasis] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE INDEX [IX_Summonses_LetterId] ON [Summonses] ([LetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Summonses_SkkId_Sequence] ON [Summonses] ([SkkId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_TemplateVersions_OfficeId_Kind_VersionNumber] ON [TemplateVersions] ([OfficeId], [Kind], [VersionNumber]) WHERE [OfficeId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183813_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122183813_Initial', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE TABLE [CaseNotes] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(400) NOT NULL,
        [CreatedByName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_CaseNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseNotes_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE TABLE [CaseReports] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [SentOn] date NOT NULL,
        [LetterId] bigint NULL,
        [LetterNumber] nvarchar(120) NULL,
        [Note] nvarchar(2000) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedById] nvarchar(400) NOT NULL,
        [RecordedByName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_CaseReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseReports_Letters_LetterId] FOREIGN KEY ([LetterId]) REFERENCES [Letters] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseReports_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE TABLE [SkkExtensions] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [BpjsOfficeId] int NOT NULL,
        [PreviousNumber] nvarchar(120) NOT NULL,
        [PreviousValidUntil] date NOT NULL,
        [Number] nvarchar(120) NOT NULL,
        [Date] date NOT NULL,
        [ValidUntil] date NOT NULL,
        [GrantorName] nvarchar(120) NOT NULL,
        [GrantorTitle] nvarchar(200) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedById] nvarchar(400) NOT NULL,
        [RecordedByName] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_SkkExtensions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SkkExtensions_Offices_BpjsOfficeId] FOREIGN KEY ([BpjsOfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SkkExtensions_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE INDEX [IX_CaseNotes_SkkId] ON [CaseNotes] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE INDEX [IX_CaseReports_LetterId] ON [CaseReports] ([LetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseReports_SkkId] ON [CaseReports] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SkkExtensions_BpjsOfficeId_Number] ON [SkkExtensions] ([BpjsOfficeId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    CREATE INDEX [IX_SkkExtensions_SkkId] ON [SkkExtensions] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122190548_SkkExtensions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122190548_SkkExtensions', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193112_RegistrationOutcomes'
)
BEGIN
    CREATE TABLE [RegistrationOutcomes] (
        [Id] int NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [EffectiveOn] date NOT NULL,
        [Npp] nvarchar(8) NULL,
        [WorkersAdded] int NULL,
        [WageBeforeSen] bigint NULL,
        [WageAfterSen] bigint NULL,
        [Programs] nvarchar(max) NOT NULL,
        [Note] nvarchar(1000) NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [ReportedAt] datetime2 NOT NULL,
        [ReportedById] nvarchar(400) NOT NULL,
        [ReportedByName] nvarchar(400) NOT NULL,
        [ConfirmedById] nvarchar(400) NULL,
        [ConfirmedByName] nvarchar(400) NULL,
        [ConfirmedAt] datetime2 NULL,
        [ReversalReason] nvarchar(4000) NULL,
        [ReversedAt] datetime2 NULL,
        [ReversedById] nvarchar(400) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_RegistrationOutcomes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RegistrationOutcomes_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193112_RegistrationOutcomes'
)
BEGIN
    CREATE INDEX [IX_RegistrationOutcomes_SkkId] ON [RegistrationOutcomes] ([SkkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193112_RegistrationOutcomes'
)
BEGIN
    CREATE INDEX [IX_RegistrationOutcomes_State_Kind_EffectiveOn] ON [RegistrationOutcomes] ([State], [Kind], [EffectiveOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193112_RegistrationOutcomes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122193112_RegistrationOutcomes', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193511_Attachments'
)
BEGIN
    CREATE TABLE [Attachments] (
        [Id] bigint NOT NULL IDENTITY,
        [SkkId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [StorageKey] nvarchar(50) NOT NULL,
        [Category] nvarchar(30) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [PaymentId] int NULL,
        [UploadedAt] datetime2 NOT NULL,
        [UploadedById] nvarchar(400) NOT NULL,
        [UploadedByName] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Attachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Attachments_Payments_PaymentId] FOREIGN KEY ([PaymentId]) REFERENCES [Payments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Attachments_Skks_SkkId] FOREIGN KEY ([SkkId]) REFERENCES [Skks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193511_Attachments'
)
BEGIN
    CREATE INDEX [IX_Attachments_PaymentId] ON [Attachments] ([PaymentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193511_Attachments'
)
BEGIN
    CREATE INDEX [IX_Attachments_SkkId_UploadedAt] ON [Attachments] ([SkkId], [UploadedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193511_Attachments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Attachments_StorageKey] ON [Attachments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122193511_Attachments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122193511_Attachments', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE TABLE [ReminderRules] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(30) NOT NULL,
        [OffsetDays] int NOT NULL,
        [LocalTime] time NOT NULL,
        [Recipients] int NOT NULL,
        [SendEmail] bit NOT NULL,
        [IsEnabled] bit NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_ReminderRules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE TABLE [Reminders] (
        [Id] bigint NOT NULL IDENTITY,
        [RuleId] int NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Subject] nvarchar(100) NOT NULL,
        [SkkId] int NULL,
        [AgreementId] int NULL,
        [OfficeId] int NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Message] nvarchar(2000) NOT NULL,
        [Link] nvarchar(200) NOT NULL,
        [State] nvarchar(12) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [DeliveredAt] datetime2 NULL,
        [DeliveredTo] nvarchar(4000) NULL,
        [CancelledAt] datetime2 NULL,
        [CancelReason] nvarchar(400) NULL,
        CONSTRAINT [PK_Reminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reminders_ReminderRules_RuleId] FOREIGN KEY ([RuleId]) REFERENCES [ReminderRules] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ReminderId] bigint NULL,
        [Title] nvarchar(300) NOT NULL,
        [Message] nvarchar(2000) NOT NULL,
        [Link] nvarchar(200) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        [EmailedAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_Reminders_ReminderId] FOREIGN KEY ([ReminderId]) REFERENCES [Reminders] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Notifications_ReminderId_UserId] ON [Notifications] ([ReminderId], [UserId]) WHERE [ReminderId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserId_ReadAt_CreatedAt] ON [Notifications] ([UserId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReminderRules_Kind_OffsetDays] ON [ReminderRules] ([Kind], [OffsetDays]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_AgreementId_State] ON [Reminders] ([AgreementId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Reminders_Key] ON [Reminders] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_RuleId] ON [Reminders] ([RuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_SkkId_State] ON [Reminders] ([SkkId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_State_DueAt] ON [Reminders] ([State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122201942_Reminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122201942_Reminders', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214455_NotificationEmailIndex'
)
BEGIN
    CREATE INDEX [IX_Notifications_EmailedAt_CreatedAt] ON [Notifications] ([EmailedAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214455_NotificationEmailIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122214455_NotificationEmailIndex', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    DROP INDEX [IX_Payments_SkkId_State] ON [Payments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    DROP INDEX [IX_JpnTeams_SkkId_IsActive] ON [JpnTeams];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE TABLE [OfficeTargets] (
        [Id] int NOT NULL IDENTITY,
        [OfficeId] int NOT NULL,
        [Year] int NOT NULL,
        [RecoveredSen] bigint NOT NULL,
        [FinishedCases] int NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_OfficeTargets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OfficeTargets_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_Skks_KejaksaanOfficeId_ClosedAt] ON [Skks] ([KejaksaanOfficeId], [ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_Skks_KejaksaanOfficeId_HandedOverAt] ON [Skks] ([KejaksaanOfficeId], [HandedOverAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_Payments_SkkId_State_PaidOn_AmountSen] ON [Payments] ([SkkId], [State], [PaidOn], [AmountSen]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_JpnTeams_SkkId_IsActive_LeadJpnId] ON [JpnTeams] ([SkkId], [IsActive], [LeadJpnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen] ON [Installments] ([PlanId], [DueOn], [Number], [AmountSen], [PaidSen]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE INDEX [IX_InstallmentPlans_SkkId_IsCurrent_SignedOn] ON [InstallmentPlans] ([SkkId], [IsCurrent], [SignedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OfficeTargets_OfficeId_Year] ON [OfficeTargets] ([OfficeId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224520_DashboardFigures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122224520_DashboardFigures', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002810_MonthlyReportMonth'
)
BEGIN
    ALTER TABLE [Letters] ADD [ReportedMonth] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002810_MonthlyReportMonth'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123002810_MonthlyReportMonth', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003216_InstallmentPaidInFullOn'
)
BEGIN
    DROP INDEX [IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen] ON [Installments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003216_InstallmentPaidInFullOn'
)
BEGIN
    ALTER TABLE [Installments] ADD [PaidInFullOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003216_InstallmentPaidInFullOn'
)
BEGIN
    EXEC(N'UPDATE [Installments] SET [PaidInFullOn] = (
        SELECT MIN(p.[PaidOn])
        FROM [InstallmentPlans] AS signed
        INNER JOIN [Payments] AS p ON p.[SkkId] = signed.[SkkId]
        WHERE signed.[Id] = [Installments].[PlanId] AND p.[State] = ''Confirmed'' AND p.[PaidOn] >= signed.[SignedOn]
          AND (SELECT SUM(q.[AmountSen]) FROM [Payments] AS q
               WHERE q.[SkkId] = signed.[SkkId] AND q.[State] = ''Confirmed'' AND q.[PaidOn] >= signed.[SignedOn] AND q.[PaidOn] <= p.[PaidOn])
              >= (SELECT SUM(earlier.[AmountSen]) FROM [Installments] AS earlier
                  WHERE earlier.[PlanId] = [Installments].[PlanId] AND earlier.[Number] <= [Installments].[Number]))
    WHERE [PaidSen] >= [AmountSen]')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003216_InstallmentPaidInFullOn'
)
BEGIN
    CREATE INDEX [IX_Installments_PlanId_DueOn_AmountSen_PaidSen_PaidInFullOn] ON [Installments] ([PlanId], [DueOn], [AmountSen], [PaidSen], [PaidInFullOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003216_InstallmentPaidInFullOn'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123003216_InstallmentPaidInFullOn', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123005542_MonthlyReportMonthIndex'
)
BEGIN
    CREATE INDEX [IX_Letters_ReportedMonth] ON [Letters] ([ReportedMonth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123005542_MonthlyReportMonthIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123005542_MonthlyReportMonthIndex', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123014819_DashboardCoveringIndexes'
)
BEGIN
    DROP INDEX [IX_Skks_KejaksaanOfficeId_ClosedAt] ON [Skks];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123014819_DashboardCoveringIndexes'
)
BEGIN
    DROP INDEX [IX_Skks_KejaksaanOfficeId_HandedOverAt] ON [Skks];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123014819_DashboardCoveringIndexes'
)
BEGIN
    CREATE INDEX [IX_Skks_Dashboard_Bpjs] ON [Skks] ([BpjsOfficeId], [HandedOverAt], [ClosedAt], [Status], [Outcome], [CaseType], [TotalArrearsSen], [KejaksaanOfficeId], [EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123014819_DashboardCoveringIndexes'
)
BEGIN
    CREATE INDEX [IX_Skks_Dashboard_Kejaksaan] ON [Skks] ([KejaksaanOfficeId], [HandedOverAt], [ClosedAt], [Status], [Outcome], [CaseType], [TotalArrearsSen], [BpjsOfficeId], [EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123014819_DashboardCoveringIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123014819_DashboardCoveringIndexes', N'10.0.11');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032036_MonthlyFigures'
)
BEGIN
    ALTER TABLE [Offices] ADD [FiguresRevision] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032036_MonthlyFigures'
)
BEGIN
    CREATE TABLE [MonthlyFigures] (
        [Id] bigint NOT NULL IDENTITY,
        [KejaksaanOfficeId] int NOT NULL,
        [BpjsOfficeId] int NOT NULL,
        [CaseType] int NOT NULL,
        [Grain] int NOT NULL,
        [LeadJpnId] nvarchar(450) NULL,
        [Kind] int NOT NULL,
        [Month] int NOT NULL,
        [Category] int NOT NULL,
        [Day] int NOT NULL,
        [Count] int NOT NULL,
        [Amount] bigint NOT NULL,
        CONSTRAINT [PK_MonthlyFigures] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032036_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_MonthlyFigures_Bpjs] ON [MonthlyFigures] ([BpjsOfficeId], [Grain], [Kind], [Month], [KejaksaanOfficeId], [CaseType], [LeadJpnId], [Category], [Day], [Count], [Amount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032036_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_MonthlyFigures_Kejaksaan] ON [MonthlyFigures] ([KejaksaanOfficeId], [Grain], [Kind], [Month], [BpjsOfficeId], [CaseType], [LeadJpnId], [Category], [Day], [Count], [Amount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032036_MonthlyFigures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123032036_MonthlyFigures', N'10.0.11');
END;

COMMIT;
GO

