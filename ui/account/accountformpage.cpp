#include "accountformpage.h"

#include "accounttext.h"
#include "apijobs.h"
#include "errortext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

void styleAsTitle(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void setUpFormMessage(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void setUpBusyBar(QProgressBar *bar)
{
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->hide();
}

AccountFormPage::AccountFormPage(Sync::ApiClient *api, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_primary(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    styleAsTitle(m_title);
    layout->addWidget(m_title);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    setUpFormMessage(m_message, objectName + u"Message"_s);
    layout->addWidget(m_message);
    setUpBusyBar(m_progress);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_back->setObjectName(objectName + u"BackButton"_s);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    m_primary->setObjectName(objectName + u"SubmitButton"_s);
    m_primary->setDefault(true);
    buttons->addWidget(m_primary);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &AccountFormPage::backRequested);
    retranslateCommon();
}

void AccountFormPage::retranslateCommon()
{
    m_back->setText(tr("&Back"));
    m_progress->setAccessibleName(tr("Waiting for the server"));
    for (const auto &[edit, hint] : std::as_const(m_strengths))
        showStrength(edit, hint);
}

QLabel *AccountFormPage::addNewPasswordRow(QLabel *label, QLineEdit *edit, const QString &field)
{
    auto *hint = new QLabel(this);
    QString name = edit->objectName();
    name.chop(4); // "Edit"
    hint->setObjectName(name + u"Strength"_s);
    hint->setWordWrap(true);
    m_fields.addRow(m_form, label, edit, field);
    m_form->addRow(QString(), hint);
    connect(edit, &QLineEdit::textChanged, hint, [edit, hint]() { showStrength(edit, hint); });
    m_strengths.append({edit, hint});
    showStrength(edit, hint);
    return hint;
}

void AccountFormPage::showStrength(QLineEdit *edit, QLabel *hint)
{
    const QString text = passwordStrengthText(passwordStrength(edit->text()));
    hint->setText(text);
    edit->setAccessibleDescription(text);
}

QLineEdit *AccountFormPage::passwordEdit(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return edit;
}

QString AccountFormPage::formMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccountFormPage::showFormMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (error) {
        styleAsError(m_message);
    } else {
        m_message->setPalette(palette());
    }
}

void AccountFormPage::showRefusal(const Core::Error &error)
{
    m_refusal = error;
    const QString text = accountErrorText(error);
    if (!error.field.isEmpty() && m_fields.show(error.field, text))
        return;
    // A taken user name is about its field, whatever the server said.
    if (error.code == Core::ErrorCode::Taken && m_fields.show(u"username"_s, text))
        return;
    showFormMessage(text);
}

void AccountFormPage::startJob(Sync::AccountJob *job, std::function<void(Sync::AccountJob *)> done)
{
    m_job = job;
    m_fields.clear();
    m_refusal = {};
    showFormMessage({});
    setBusy(true);
    connect(job, &Sync::ApiJob::finished, this, [this, job, done = std::move(done)]() {
        m_job = nullptr;
        setBusy(false);
        if (!job->status()) {
            showRefusal(job->status().error());
            return;
        }
        done(job);
    });
    job->start();
}

void AccountFormPage::setBusy(bool busy)
{
    if (busy) {
        m_disabled.clear();
        for (QWidget *w : findChildren<QWidget *>()) {
            if (w->isEnabled() && (qobject_cast<QLineEdit *>(w) || w == m_primary)) {
                w->setEnabled(false);
                m_disabled << w;
            }
        }
    } else {
        for (const QPointer<QWidget> &w : std::as_const(m_disabled)) {
            if (w)
                w->setEnabled(true);
        }
        m_disabled.clear();
    }
    m_progress->setVisible(busy);
}

void AccountFormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateCommon();
        retranslateUi();
        if (m_refusal.code != Core::ErrorCode::None)
            showRefusal(m_refusal);
    }
    QWidget::changeEvent(event);
}

} // namespace Ui
