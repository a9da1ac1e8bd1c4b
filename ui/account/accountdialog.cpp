#include "accountdialog.h"

#include "accounttext.h"
#include "apiclient.h"
#include "desksession.h"
#include "editorsession.h"
#include "entityschema.h"
#include "errortext.h"
#include "fieldmessages.h"
#include "languagepicker.h"
#include "passwordchangepage.h"
#include "record.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using Editing::FieldError;

namespace {

// The profile's text fields and their limits.
struct ProfileText {
    const char *field;
    int limit;
};
constexpr ProfileText ProfileTexts[] = {
    {"display_name", Core::MaxDisplayNameLength},
    {"position", Core::MaxPositionLength},
    {"organisation", Core::MaxOrganisationLength},
    {"country", Core::MaxCountryLength},
    {"bio", Core::MaxBioLength},
};

Editing::FieldErrors checkProfile(const QJsonObject &fields)
{
    Editing::FieldErrors errors;
    Editing::Rules::required(errors, fields, u"display_name"_s);
    for (const ProfileText &t : ProfileTexts)
        Editing::Rules::maxLength(errors, fields, QString::fromLatin1(t.field), t.limit);
    if (fields.value("languages"_L1).toArray().size() > Core::MaxLanguages)
        errors.insert(u"languages"_s, {FieldError::Code::OutOfRange, Core::MaxLanguages, {}});
    return errors;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

AccountDialog::AccountDialog(Core::LocalStore *store, Editing::DeskSession *desk,
                             Sync::ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_desk(desk)
    , m_api(api)
    , m_fields(std::make_unique<FieldMessages>())
    , m_tabs(new QTabWidget(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"accountDialog"_s);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(u"accountTabs"_s);
    m_tabs->addTab(buildProfileTab(), QString());
    m_tabs->addTab(buildAccountTab(), QString());
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_close->setObjectName(u"accountCloseButton"_s);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No button is the default one (see keyPressEvent).
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    loadProfile();
    retranslateUi();
}

AccountDialog::~AccountDialog()
{
    if (m_profile && m_profile->hasUnsavedChanges())
        (void)m_profile->save();
    delete m_profile; // keeps what was typed as the draft
}

QWidget *AccountDialog::buildProfileTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"profileTab"_s);
    auto *layout = new QVBoxLayout(tab);
    m_profileIntro = new QLabel(tab);
    m_profileIntro->setWordWrap(true);
    layout->addWidget(m_profileIntro);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto line = [tab](const QString &name) {
        auto *edit = new QLineEdit(tab);
        edit->setObjectName(name);
        return edit;
    };
    m_nameLabel = new QLabel(tab);
    m_name = line(u"profileNameEdit"_s);
    m_positionLabel = new QLabel(tab);
    m_position = line(u"profilePositionEdit"_s);
    m_organisationLabel = new QLabel(tab);
    m_organisation = line(u"profileOrganisationEdit"_s);
    m_countryLabel = new QLabel(tab);
    m_country = line(u"profileCountryEdit"_s);
    m_languagesLabel = new QLabel(tab);
    m_languages = new LanguagePicker(tab);
    m_languages->setObjectName(u"profileLanguages"_s);
    m_languages->setMaximumHeight(fontMetrics().height() * 7);
    m_bioLabel = new QLabel(tab);
    m_bio = new QPlainTextEdit(tab);
    m_bio->setObjectName(u"profileBioEdit"_s);
    m_bio->setTabChangesFocus(true);
    m_bio->setMaximumHeight(fontMetrics().height() * 7);
    m_fields->addRow(form, m_nameLabel, m_name, u"display_name"_s);
    m_fields->addRow(form, m_positionLabel, m_position, u"position"_s);
    m_fields->addRow(form, m_organisationLabel, m_organisation, u"organisation"_s);
    m_fields->addRow(form, m_countryLabel, m_country, u"country"_s);
    m_fields->addRow(form, m_languagesLabel, m_languages, u"languages"_s);
    m_fields->addRow(form, m_bioLabel, m_bio, u"bio"_s);
    layout->addLayout(form);
    m_profileStatus = new QLabel(tab);
    m_profileStatus->setObjectName(u"profileStatus"_s);
    m_profileStatus->setWordWrap(true);
    layout->addWidget(m_profileStatus);
    layout->addStretch(1);
    return tab;
}

QWidget *AccountDialog::buildAccountTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"accountTab"_s);
    auto *layout = new QVBoxLayout(tab);
    layout->setSpacing(12);
    m_passwordPage = new PasswordChangePage(m_api, tab);
    layout->addWidget(m_passwordPage);

    m_computersTitle = new QLabel(tab);
    styleAsTitle(m_computersTitle);
    layout->addWidget(m_computersTitle);
    m_computersIntro = new QLabel(tab);
    m_computersIntro->setWordWrap(true);
    layout->addWidget(m_computersIntro);
    m_signOutElsewhere = new QPushButton(tab);
    m_signOutElsewhere->setObjectName(u"signOutElsewhereButton"_s);
    layout->addWidget(m_signOutElsewhere, 0, Qt::AlignLeading);
    m_elsewhereStatus = new QLabel(tab);
    m_elsewhereStatus->setObjectName(u"signOutElsewhereStatus"_s);
    m_elsewhereStatus->setWordWrap(true);
    m_elsewhereStatus->hide();
    layout->addWidget(m_elsewhereStatus);
    m_signOutHere = new QPushButton(tab);
    m_signOutHere->setObjectName(u"signOutHereButton"_s);
    layout->addWidget(m_signOutHere, 0, Qt::AlignLeading);
    layout->addStretch(1);

    connect(m_signOutElsewhere, &QPushButton::clicked, this, &AccountDialog::signOutElsewhere);
    connect(m_signOutHere, &QPushButton::clicked, this, [this]() {
        accept();
        Q_EMIT signOutRequested();
    });
    return tab;
}

void AccountDialog::showAccountTab()
{
    m_tabs->setCurrentIndex(1);
}

void AccountDialog::loadProfile()
{
    QString memberId = m_desk->activeAuthorId();
    if (memberId.isEmpty())
        memberId = m_desk->member().memberId;
    m_profile =
        new Editing::EditorSession(m_store, m_desk, QString(Core::Entity::Member), memberId);
    if (memberId.isEmpty() || !m_profile->isValid()) {
        // Not here yet (it comes with the first sync): nothing to edit.
        m_state = ProfileState::Missing;
        for (QWidget *w :
             {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_position),
              static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_country),
              static_cast<QWidget *>(m_languages), static_cast<QWidget *>(m_bio)}) {
            w->setEnabled(false);
        }
        return;
    }
    m_profile->setValidator(checkProfile);
    const auto refresh = [this]() {
        const auto setText = [](QLineEdit *edit, const QString &text) {
            if (edit->text() != text)
                edit->setText(text);
        };
        setText(m_name, m_profile->value(u"display_name"_s).toString());
        setText(m_position, m_profile->value(u"position"_s).toString());
        setText(m_organisation, m_profile->value(u"organisation"_s).toString());
        setText(m_country, m_profile->value(u"country"_s).toString());
        const QString bio = m_profile->value(u"bio"_s).toString();
        if (m_bio->toPlainText() != bio)
            m_bio->setPlainText(bio);
        const QStringList languages = stringList(m_profile->value(u"languages"_s));
        if (m_languages->languages() != languages)
            m_languages->setLanguages(languages);
    };
    refresh();
    connect(m_profile, &Editing::EditorSession::valueChanged, this, refresh);
    const auto bind = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { m_profile->setValue(field, text); });
    };
    bind(m_name, u"display_name"_s);
    bind(m_position, u"position"_s);
    bind(m_organisation, u"organisation"_s);
    bind(m_country, u"country"_s);
    connect(m_bio, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_profile->value(u"bio"_s).toString() != m_bio->toPlainText())
            m_profile->setValue(u"bio"_s, m_bio->toPlainText());
    });
    connect(m_languages, &LanguagePicker::languagesChanged, this, [this]() {
        m_profile->setValue(u"languages"_s, QJsonArray::fromStringList(m_languages->languages()));
    });
    connect(m_profile, &Editing::EditorSession::errorsChanged, this,
            &AccountDialog::showProfileErrors);
    connect(m_profile, &Editing::EditorSession::saved, this, [this]() {
        m_state = ProfileState::Saved;
        retranslateUi();
    });
    connect(m_profile, &Editing::EditorSession::saveFailed, this, [this]() {
        m_state = ProfileState::SaveFailed;
        retranslateUi();
    });
    showProfileErrors();
}

void AccountDialog::showProfileErrors()
{
    if (!m_profile || m_state == ProfileState::Missing)
        return;
    for (const ProfileText &t : ProfileTexts) {
        const QString field = QString::fromLatin1(t.field);
        const FieldError error = m_profile->error(field);
        QString text;
        if (error.code == FieldError::Code::Required)
            text = fieldErrorText(field);
        else if (error.code == FieldError::Code::TooLong)
            text = lengthProblem(m_profile->value(field).toString(), error.limit);
        // Shown where the person types; the focus stays with them.
        m_fields->show(field, text, false);
    }
    const FieldError languages = m_profile->error(u"languages"_s);
    m_fields->show(u"languages"_s, languages.isError() ? fieldErrorText(u"languages"_s) : QString(),
                   false);
}

void AccountDialog::signOutElsewhere()
{
    if (m_elsewhereJob)
        return;
    m_elsewhereJob = m_api->signOutElsewhere();
    m_signOutElsewhere->setEnabled(false);
    connect(m_elsewhereJob, &Sync::ApiJob::finished, this, [this, job = m_elsewhereJob]() {
        m_signOutElsewhere->setEnabled(true);
        if (job->status()) {
            m_elsewhere = ElsewhereState::Done;
        } else {
            m_elsewhere = ElsewhereState::Failed;
            m_elsewhereError = job->status().error();
        }
        retranslateUi();
    });
    m_elsewhereJob->start();
}

void AccountDialog::retranslateUi()
{
    setWindowTitle(tr("Profile and account"));
    m_tabs->setTabText(0, tr("&Profile"));
    m_tabs->setTabText(1, tr("&Account"));
    m_profileIntro->setText(tr("What the members you work with see about you. Changes are kept "
                               "on this computer as you type, and sent with the next sync."));
    m_nameLabel->setText(tr("&Name:"));
    m_positionLabel->setText(tr("P&osition:"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_countryLabel->setText(tr("&Country:"));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setAccessibleName(tr("Languages you work in"));
    m_bioLabel->setText(tr("About &you:"));
    switch (m_state) {
    case ProfileState::Unchanged:
        m_profileStatus->clear();
        break;
    case ProfileState::Saved:
        m_profileStatus->setText(
            tr("Saved on this computer. It goes to the server with the next sync."));
        break;
    case ProfileState::SaveFailed:
        m_profileStatus->setText(tr("Your changes could not be kept on this computer. They stay "
                                    "in the fields; try again, or copy them somewhere safe."));
        break;
    case ProfileState::Missing:
        m_profileStatus->setText(
            tr("Your profile arrives with the first sync; you can edit it then."));
        break;
    }
    m_computersTitle->setText(tr("Computers"));
    m_computersIntro->setText(tr("If you signed in on a computer you no longer use, or one that "
                                 "was lost, sign out there from here. This computer stays "
                                 "signed in. It needs a connection."));
    m_signOutElsewhere->setText(tr("Sign out on &other computers"));
    m_signOutHere->setText(tr("&Sign out on this computer…"));
    switch (m_elsewhere) {
    case ElsewhereState::None:
        m_elsewhereStatus->hide();
        break;
    case ElsewhereState::Done:
        m_elsewhereStatus->setText(tr("Your other computers are signed out. They will ask for "
                                      "your password at their next sync."));
        m_elsewhereStatus->setPalette(palette());
        m_elsewhereStatus->show();
        break;
    case ElsewhereState::Failed:
        m_elsewhereStatus->setText(accountErrorText(m_elsewhereError));
        styleAsError(m_elsewhereStatus);
        m_elsewhereStatus->show();
        break;
    }
    m_close->setText(tr("Close"));
}

void AccountDialog::keyPressEvent(QKeyEvent *event)
{
    // Return presses only the button it is on, or changes the password from
    // its fields; in the profile it does nothing (it would otherwise sign the
    // person out, or change their password, unasked).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        QWidget *focus = focusWidget();
        if (auto *button = qobject_cast<QPushButton *>(focus); button && button->isEnabled())
            button->click();
        else if (qobject_cast<QLineEdit *>(focus) && m_passwordPage->isAncestorOf(focus))
            m_passwordPage->submit();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ui
