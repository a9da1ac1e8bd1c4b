#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTimer;

namespace Core {
class LocalStore;
}

namespace Ui {

class SearchResultModel;

// A search field over lessons and posts with its result list below it
// (shown while there is text). Searches as the user types (after a short
// pause); Down moves into the results, Enter or a click opens one,
// Escape clears. Emits resultActivated() with the record to open.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(Core::LocalStore *store, QWidget *parent = nullptr);

    void focusSearch();
    // Searches now (no pause); for callers that set the text themselves.
    void searchNow(const QString &text);
    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    void resultActivated(const QString &entity, const QString &recordId);
    // After each search: whether results (or "Nothing found") are listed.
    void searchingChanged(bool searching);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void updateSummary();
    void retranslateUi();

    SearchResultModel *m_model;
    QLineEdit *m_field;
    QLabel *m_summary;
    QListView *m_results;
    QTimer *m_delay;
};

} // namespace Ui
