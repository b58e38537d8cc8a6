// Text of the charts: the world map of projects, the matrix heatmap and the follow-up of recommendations.
import type { Leaves, Translated } from "../../leaves";

export const en = {
  downloadSvg: "Download the map (SVG)",
  followUpByRegion: "Follow-up of recommendations by region",
  followUpByThematic: "Follow-up of recommendations by thematic area",
  noRecommendations: "No recommendations to show.",
  segment: "{{row}}, {{status}}: {{figure}}",
  mapTitle: "Map of projects under way",
  mapSvgTitle: "World map: Member States shaded by {{measure}} of the projects under way that name them",
  shadeBy: "Shade by",
  measure: { projects: "number of projects", budget: "budget", gap: "funding gap" },
  legend: "Legend: {{measure}}",
  legendNone: "None",
  legendRange: "{{from}} to {{to}}",
  countryFigures: "{{country}}: projects under way {{projects}}, budget {{budget}}, funding gap {{gap}}",
};

export const zh: Leaves<typeof en> = {
  downloadSvg: "下载地图（SVG）",
  followUpByRegion: "按区域分列的建议后续行动情况",
  followUpByThematic: "按专题领域分列的建议后续行动情况",
  noRecommendations: "没有可显示的建议。",
  segment: "{{row}}，{{status}}：{{figure}}",
  mapTitle: "在建项目分布图",
  mapSvgTitle: "世界地图：按涉及各会员国的在建项目的{{measure}}着色",
  shadeBy: "着色依据",
  measure: { projects: "项目数量", budget: "预算", gap: "资金缺口" },
  legend: "图例：{{measure}}",
  legendNone: "无",
  legendRange: "{{from}}至{{to}}",
  countryFigures: "{{country}}：在建项目{{projects}}个，预算{{budget}}，资金缺口{{gap}}",
};

export const ar: Translated<typeof en, "ar"> = {
  downloadSvg: "تنزيل الخريطة (SVG)",
  followUpByRegion: "متابعة التوصيات حسب المنطقة",
  followUpByThematic: "متابعة التوصيات حسب المجال المواضيعي",
  noRecommendations: "لا توجد توصيات لعرضها.",
  segment: "{{row}}، {{status}}: {{figure}}",
  mapTitle: "خريطة المشاريع الجارية",
  mapSvgTitle: "خريطة العالم: الدول الأعضاء ملوّنة حسب {{measure}} للمشاريع الجارية التي تشملها",
  shadeBy: "التلوين حسب",
  measure: { projects: "عدد المشاريع", budget: "الميزانية", gap: "فجوة التمويل" },
  legend: "مفتاح الخريطة: {{measure}}",
  legendNone: "لا شيء",
  legendRange: "من {{from}} إلى {{to}}",
  countryFigures: "{{country}}: المشاريع الجارية {{projects}}، الميزانية {{budget}}، فجوة التمويل {{gap}}",
};

export const fr: Translated<typeof en, "fr"> = {
  downloadSvg: "Télécharger la carte (SVG)",
  followUpByRegion: "Suivi des recommandations par région",
  followUpByThematic: "Suivi des recommandations par domaine thématique",
  noRecommendations: "Aucune recommandation à afficher.",
  segment: "{{row}}, {{status}} : {{figure}}",
  mapTitle: "Carte des projets en cours",
  mapSvgTitle: "Carte du monde : États Membres colorés selon le {{measure}} des projets en cours qui les concernent",
  shadeBy: "Colorer selon",
  measure: { projects: "nombre de projets", budget: "budget total", gap: "déficit de financement" },
  legend: "Légende : {{measure}}",
  legendNone: "Aucun",
  legendRange: "de {{from}} à {{to}}",
  countryFigures: "{{country}} : projets en cours {{projects}}, budget {{budget}}, déficit de financement {{gap}}",
};

export const ru: Translated<typeof en, "ru"> = {
  downloadSvg: "Скачать карту (SVG)",
  followUpByRegion: "Выполнение рекомендаций по регионам",
  followUpByThematic: "Выполнение рекомендаций по тематическим направлениям",
  noRecommendations: "Нет рекомендаций для показа.",
  segment: "{{row}}, {{status}}: {{figure}}",
  mapTitle: "Карта текущих проектов",
  mapSvgTitle: "Карта мира: государства-члены окрашены по показателю «{{measure}}» текущих проектов, в которых они названы",
  shadeBy: "Окрашивать по",
  measure: { projects: "число проектов", budget: "бюджет", gap: "дефицит финансирования" },
  legend: "Легенда: {{measure}}",
  legendNone: "Нет",
  legendRange: "от {{from}} до {{to}}",
  countryFigures: "{{country}}: текущих проектов {{projects}}, бюджет {{budget}}, дефицит финансирования {{gap}}",
};

export const es: Translated<typeof en, "es"> = {
  downloadSvg: "Descargar el mapa (SVG)",
  followUpByRegion: "Seguimiento de las recomendaciones por región",
  followUpByThematic: "Seguimiento de las recomendaciones por área temática",
  noRecommendations: "No hay recomendaciones que mostrar.",
  segment: "{{row}}, {{status}}: {{figure}}",
  mapTitle: "Mapa de los proyectos en curso",
  mapSvgTitle: "Mapa mundial: Estados Miembros coloreados según el {{measure}} de los proyectos en curso que los incluyen",
  shadeBy: "Colorear según",
  measure: { projects: "número de proyectos", budget: "presupuesto", gap: "déficit de financiación" },
  legend: "Leyenda: {{measure}}",
  legendNone: "Ninguno",
  legendRange: "de {{from}} a {{to}}",
  countryFigures: "{{country}}: proyectos en curso {{projects}}, presupuesto {{budget}}, déficit de financiación {{gap}}",
};
