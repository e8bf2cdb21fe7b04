#include "ui/segments/RuleValueEditor.h"

#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/segments/RuleSegmentInternal.h"
#include "ui/segments/SegmentRuleText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>

namespace storelens::ui {

using core::analytics::RuleField;
using core::analytics::RuleOperator;
namespace rules = core::analytics::rules;

namespace {

constexpr int MaxListedValues = 500;

// The item a value names: by the value stored (a country's key, a store's stored name) or by the text shown
// ("Hauptfiliale", "Deutschland"), in any case and trimmed; -1 when none.
int findValue(const QComboBox *combo, const QString &value)
{
    const QString wanted = value.trimmed();
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

RuleValueEditor::RuleValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void RuleValueEditor::configure(RuleField field, RuleOperator op, const QStringList &known)
{
    const QStringList previous = values();
    // A value of another field does not fit this one, even of the same kind ("In store" is no store).
    const bool sameField = !m_editors.isEmpty() && field == m_field;
    m_editors.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_field = field;
    m_op = op;
    m_known = known;

    if (op == RuleOperator::InList) {
        if (!known.isEmpty() && known.size() <= MaxListedValues) {
            auto *list = new QListWidget(this);
            list->setObjectName(QStringLiteral("valueList"));
            list->setMaximumHeight(list->fontMetrics().height() * 6);
            for (const QString &v : known) {
                auto *item = new QListWidgetItem(SegmentRuleText::valueLabel(field, v), list);
                item->setData(Qt::UserRole, v);
                item->setCheckState(Qt::Unchecked);
            }
            connect(list, &QListWidget::itemChanged, this, &RuleValueEditor::changed);
            m_editors.append(list);
        } else {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("valueText"));
            edit->setPlaceholderText(tr("Values separated by commas"));
            connect(edit, &QLineEdit::textChanged, this, &RuleValueEditor::changed);
            m_editors.append(edit);
        }
        m_layout->addWidget(m_editors.front(), 1);
    } else {
        m_editors.append(createSingleEditor(QStringLiteral("valueEditor")));
        m_layout->addWidget(m_editors.front(), 1);
        if (op == RuleOperator::Between) {
            m_layout->addWidget(new QLabel(tr("and"), this));
            m_editors.append(createSingleEditor(QStringLiteral("secondValueEditor")));
            m_layout->addWidget(m_editors.back(), 1);
        }
    }
    if (sameField)
        setValues(previous);
    Q_EMIT changed();
}

QWidget *RuleValueEditor::createSingleEditor(const QString &objectName)
{
    QWidget *editor = nullptr;
    const rules::FieldKind kind = rules::fieldKind(m_field);
    switch (kind) {
    case rules::FieldKind::Date: {
        auto *edit = new QDateEdit(QDate::currentDate(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::analytics::shortDateFormat()); // a four-digit year
        connect(edit, &QDateEdit::dateChanged, this, &RuleValueEditor::changed);
        editor = edit;
        break;
    }
    case rules::FieldKind::Integer: {
        auto *spin = new QSpinBox(this);
        const bool score =
            m_field == RuleField::RScore || m_field == RuleField::FScore || m_field == RuleField::MScore;
        spin->setRange(score ? 1 : 0, score ? 5 : 1000000000);
        if (m_field == RuleField::Recency)
            spin->setSuffix(tr(" days"));
        connect(spin, &QSpinBox::valueChanged, this, &RuleValueEditor::changed);
        editor = spin;
        break;
    }
    case rules::FieldKind::Money:
    case rules::FieldKind::Real: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(2);
        if (kind == rules::FieldKind::Real) {
            spin->setRange(0.0, 1.0);
            spin->setSingleStep(0.05);
        } else {
            spin->setRange(-1e9, 1e9);
            spin->setSingleStep(10.0);
        }
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RuleValueEditor::changed);
        editor = spin;
        break;
    }
    case rules::FieldKind::Consent:
    case rules::FieldKind::Choice: {
        auto *combo = new QComboBox(this);
        for (const QString &v : m_known)
            combo->addItem(SegmentRuleText::valueLabel(m_field, v), v);
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleValueEditor::changed);
        editor = combo;
        break;
    }
    case rules::FieldKind::Text:
    case rules::FieldKind::Bought:
        if (m_op == RuleOperator::Contains) {
            auto *edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("Part of the name"));
            connect(edit, &QLineEdit::textChanged, this, &RuleValueEditor::changed);
            editor = edit;
        } else {
            auto *combo = new QComboBox(this);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            for (const QString &v : m_known)
                combo->addItem(SegmentRuleText::valueLabel(m_field, v), v); // a country by its name
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            connect(combo, &QComboBox::currentTextChanged, this, &RuleValueEditor::changed);
            editor = combo;
        }
        break;
    }
    editor->setObjectName(objectName);
    return editor;
}

void RuleValueEditor::setEditorValue(QWidget *editor, const QString &value)
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (d.isValid())
            date->setDate(d);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.trimmed().toInt());
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(editor)) {
        real->setValue(value.trimmed().toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = findValue(combo, value);
        if (i >= 0) {
            combo->setCurrentIndex(i);
        } else if (combo->isEditable()) {
            combo->setCurrentText(value);
        } else {
            combo->addItem(value, value);
            combo->setCurrentIndex(combo->count() - 1);
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value);
    }
}

QString RuleValueEditor::editorValue(const QWidget *editor)
{
    if (const auto *date = qobject_cast<const QDateEdit *>(editor))
        return date->date().toString(Qt::ISODate);
    if (const auto *spin = qobject_cast<const QSpinBox *>(editor))
        return QString::number(spin->value());
    if (const auto *real = qobject_cast<const QDoubleSpinBox *>(editor))
        return QString::number(real->value(), 'f', real->decimals());
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        if (!combo->isEditable())
            return combo->currentData().toString();
        // A listed value, picked or typed as shown in any case, is stored by its stored name.
        const int i = findValue(combo, combo->currentText());
        return (i >= 0 ? combo->itemData(i).toString() : combo->currentText()).trimmed();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text().trimmed();
    return {};
}

void RuleValueEditor::setValues(const QStringList &values)
{
    if (m_editors.isEmpty())
        return;
    if (auto *list = qobject_cast<QListWidget *>(m_editors.front())) {
        for (const QString &v : values) {
            bool found = false;
            for (int i = 0; i < list->count() && !found; ++i) {
                QListWidgetItem *item = list->item(i);
                if (item->data(Qt::UserRole).toString().compare(v.trimmed(), Qt::CaseInsensitive) == 0 ||
                    item->text().compare(v.trimmed(), Qt::CaseInsensitive) == 0) {
                    item->setCheckState(Qt::Checked);
                    found = true;
                }
            }
            if (!found) {
                auto *item = new QListWidgetItem(SegmentRuleText::valueLabel(m_field, v), list);
                item->setData(Qt::UserRole, v);
                item->setCheckState(Qt::Checked);
            }
        }
        return;
    }
    if (m_op == RuleOperator::InList) {
        setEditorValue(m_editors.front(), values.join(QStringLiteral(", ")));
        return;
    }
    for (qsizetype i = 0; i < values.size() && i < m_editors.size(); ++i)
        setEditorValue(m_editors.at(i), values.at(i));
}

QStringList RuleValueEditor::values() const
{
    if (m_editors.isEmpty())
        return {};
    if (const auto *list = qobject_cast<const QListWidget *>(m_editors.front())) {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return checked;
    }
    if (m_op == RuleOperator::InList) {
        QStringList parts;
        for (const QString &part :
             editorValue(m_editors.front()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                parts.append(part.trimmed());
        }
        return parts;
    }
    QStringList result;
    for (const QWidget *editor : m_editors)
        result.append(editorValue(editor));
    return result;
}

} // namespace storelens::ui
