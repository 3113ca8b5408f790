"""Reading ``<style>`` (of reports and of ``.jrtx`` style templates) and whole style
templates (``<jasperTemplate>``) into design :class:`Style` objects.

Every attribute a style leaves out stays None so that it inherits from the parent style.
Old spellings are accepted: ``hAlign``/``vAlign`` (text and image at once), the 3.x
``pen``/``border``/``padding`` attributes, ``lineSpacing`` and ``isStyledText``.
"""

from __future__ import annotations

from lxml import etree

from ..design.base import Font, TextAttributes
from ..design.enums import (
    Fill,
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineSpacing,
    Mode,
    Rotation,
    ScaleImage,
    VerticalImageAlign,
    VerticalTextAlign,
)
from ..design.report import ConditionalStyle, Style, StyleTemplate
from .context import ReadContext
from .reader import apply_legacy_box_attributes, apply_legacy_pen, fill_box, fill_paragraph, fill_pen
from .xmlsource import local_name

Xml = etree._Element


def read_style_font(ctx: ReadContext, el: Xml) -> Font:
    """The font attributes written directly on ``<style>``."""
    return Font(
        font_name=ctx.attr_str(el, "fontName"),
        size=ctx.attr_float(el, "fontSize"),
        bold=ctx.attr_bool(el, "isBold"),
        italic=ctx.attr_bool(el, "isItalic"),
        underline=ctx.attr_bool(el, "isUnderline"),
        strike_through=ctx.attr_bool(el, "isStrikeThrough"),
        pdf_font_name=ctx.attr_str(el, "pdfFontName"),
        pdf_encoding=ctx.attr_str(el, "pdfEncoding"),
        pdf_embedded=ctx.attr_bool(el, "isPdfEmbedded"),
    )


def _image_align_of(text_align: HorizontalTextAlign | None) -> HorizontalImageAlign | None:
    """What ``hAlign`` means for images (Justified images are left aligned)."""
    if text_align is None:
        return None
    if text_align is HorizontalTextAlign.JUSTIFIED:
        return HorizontalImageAlign.LEFT
    return HorizontalImageAlign(text_align.value)


def _read_alignments(ctx: ReadContext, el: Xml, style: Style) -> None:
    both = ctx.attr_enum(el, "hAlign", HorizontalTextAlign)
    style.text.horizontal_alignment = ctx.attr_enum(el, "hTextAlign", HorizontalTextAlign, both)
    style.horizontal_image_alignment = ctx.attr_enum(el, "hImageAlign", HorizontalImageAlign, _image_align_of(both))
    vertical = ctx.attr_enum(el, "vAlign", VerticalImageAlign)
    as_text = VerticalTextAlign(vertical.value) if vertical is not None else None
    style.text.vertical_alignment = ctx.attr_enum(el, "vTextAlign", VerticalTextAlign, as_text)
    style.vertical_image_alignment = ctx.attr_enum(el, "vImageAlign", VerticalImageAlign, vertical)


def _read_text(ctx: ReadContext, el: Xml, style: Style) -> None:
    style.text = TextAttributes(rotation=ctx.attr_enum(el, "rotation", Rotation))
    styled = ctx.attr_bool(el, "isStyledText")
    if styled is not None:
        style.text.markup = "styled" if styled else "none"
    style.text.markup = ctx.attr_str(el, "markup", style.text.markup)
    style.paragraph.line_spacing = ctx.attr_enum(el, "lineSpacing", LineSpacing)


def read_style(ctx: ReadContext, el: Xml, *, conditional: bool = False) -> Style:
    """``<style>``; ``conditional`` for the nameless style inside ``<conditionalStyle>``."""
    name = ctx.attr_str(el, "name") if conditional else ctx.required(el, "name")
    style = Style(
        name=name or "",
        parent=ctx.attr_str(el, "style"),
        is_default=ctx.attr_bool(el, "isDefault", False) or False,
        mode=ctx.attr_enum(el, "mode", Mode),
        forecolor=ctx.attr_color(el, "forecolor"),
        backcolor=ctx.attr_color(el, "backcolor"),
        fill=ctx.attr_enum(el, "fill", Fill),
        radius=ctx.attr_int(el, "radius"),
        scale_image=ctx.attr_enum(el, "scaleImage", ScaleImage),
        font=read_style_font(ctx, el),
        pattern=ctx.attr_str(el, "pattern"),
        blank_when_null=ctx.attr_bool(el, "isBlankWhenNull"),
        location=ctx.location(el),
    )
    _read_text(ctx, el, style)
    _read_alignments(ctx, el, style)
    apply_legacy_pen(ctx, el, "pen", style.pen)
    apply_legacy_box_attributes(ctx, el, style.box)
    _read_style_children(ctx, el, style, conditional)
    return style


def _read_style_children(ctx: ReadContext, el: Xml, style: Style, conditional: bool) -> None:
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "pen":
            fill_pen(ctx, child, style.pen)
        elif tag == "box":
            fill_box(ctx, child, style.box)
        elif tag == "paragraph":
            fill_paragraph(ctx, child, style.paragraph)
        elif tag == "conditionalStyle" and not conditional:
            style.conditional_styles.append(read_conditional_style(ctx, child))
        else:
            ctx.problem(child, f"<{tag}> is not allowed in <style>")


def read_conditional_style(ctx: ReadContext, el: Xml) -> ConditionalStyle:
    """``<conditionalStyle>``: a ``<conditionExpression>`` and the ``<style>`` it applies."""
    condition = ctx.child_expression(el, "conditionExpression")
    if condition is None:
        ctx.problem(el, "<conditionalStyle> has no <conditionExpression>")
    inner = ctx.child(el, "style")
    if inner is None:
        ctx.problem(el, "<conditionalStyle> has no <style>")
        return ConditionalStyle(condition, Style(location=ctx.location(el)))
    return ConditionalStyle(condition, read_style(ctx, inner, conditional=True))


def read_style_template(ctx: ReadContext, el: Xml) -> StyleTemplate:
    """``<jasperTemplate>``: the templates it includes and its styles."""
    template = StyleTemplate(location=ctx.location(el))
    if local_name(el) != "jasperTemplate":
        ctx.problem(el, f"the root element is <{local_name(el)}>, not <jasperTemplate>")
        return template
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "template":
            location = (ctx.text(child) or "").strip()
            if location:
                template.includes.append(location)
            else:
                ctx.problem(child, "<template> names no style template")
        elif tag == "style":
            template.styles.append(read_style(ctx, child))
        else:
            ctx.problem(child, f"<{tag}> is not allowed in <jasperTemplate>")
    return template
