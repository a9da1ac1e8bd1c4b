#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;
class QVBoxLayout;

namespace Ui {

// The pages that list things on the leading side and show the chosen one
// beside it (courses, seminars, plans, reviews, results): a splitter named
// for the page (the window remembers its sizes under that name), the list, and a
// detail pane headed by the chosen item's title in large bold type, which
// the page places in its detail. Mirrored in right-to-left languages by
// the splitter itself. A language change calls retranslateUi().
class MasterDetailView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDetailView)

public:
    QSplitter *splitter() const { return m_splitter; }

protected:
    explicit MasterDetailView(const QString &splitterName, QWidget *parent = nullptr);

    // The chosen item's title (plain text, wrapped).
    QLabel *title() const { return m_title; }
    // The layout of a detail pane, with the margins every page's detail has.
    static QVBoxLayout *detailLayout(QWidget *pane);
    // The list on the leading side, the detail beside it; how space is
    // shared when the window grows, and the first sizes.
    void setPanes(QWidget *master, QWidget *detail, int masterStretch, int detailStretch,
                  const QList<int> &sizes);

    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

private:
    QSplitter *m_splitter;
    QLabel *m_title;
};

} // namespace Ui
