/**
 * argmark's default citation style: a CSL notes style written for argmark,
 * close to Chicago's notes: a full note on first citation, a short note
 * (author, short title, locator) after, and "Ibid." for an immediate repeat.
 * Licence: MIT, as argmark.
 */
export const defaultStyle = String.raw`<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago">
  <info>
    <title>argmark notes</title>
    <id>https://github.com/argmark/argmark/blob/main/docs/render.md#argmark-notes</id>
    <category citation-format="note"/>
    <rights license="https://opensource.org/licenses/MIT">MIT</rights>
    <updated>2026-11-26T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="ibid">ibid.</term>
      <term name="personal_communication">personal communication</term>
      <term name="editor" form="verb-short">ed.</term>
      <term name="translator" form="verb-short">trans.</term>
    </terms>
  </locale>
  <macro name="names-note">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="never" et-al-min="4" et-al-use-first="1"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="names-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", " delimiter-precedes-last="never" et-al-min="4" et-al-use-first="1"/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="names-bib">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="editors-in">
    <names variable="editor">
      <label form="verb-short" suffix=" "/>
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="book report thesis motion_picture legislation" match="any">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="title-short">
    <choose>
      <if type="book report thesis motion_picture legislation" match="any">
        <text variable="title" form="short" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" form="short" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="container">
    <choose>
      <if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="in"/>
            <text variable="container-title" text-case="title" font-style="italic"/>
          </group>
          <text macro="editors-in"/>
        </group>
      </if>
      <else-if type="article-journal">
        <group delimiter=" ">
          <text variable="container-title" text-case="title" font-style="italic"/>
          <group delimiter=", ">
            <text variable="volume"/>
            <group delimiter=" ">
              <text term="issue" form="short"/>
              <text variable="issue"/>
            </group>
          </group>
        </group>
      </else-if>
      <else>
        <text variable="container-title" text-case="title" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="container-bib">
    <choose>
      <if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="in" text-case="capitalize-first"/>
            <text variable="container-title" text-case="title" font-style="italic"/>
          </group>
          <text macro="editors-in"/>
        </group>
      </if>
      <else>
        <text macro="container"/>
      </else>
    </choose>
  </macro>
  <macro name="genre">
    <group delimiter=" ">
      <text variable="genre"/>
      <text variable="number"/>
    </group>
  </macro>
  <macro name="publication">
    <group delimiter=", ">
      <group delimiter=": ">
        <text variable="publisher-place"/>
        <text variable="publisher"/>
      </group>
      <date variable="issued" form="text"/>
    </group>
  </macro>
  <macro name="accessed">
    <group delimiter=" ">
      <text term="accessed"/>
      <date variable="accessed" form="text"/>
    </group>
  </macro>
  <macro name="locator">
    <group delimiter=" ">
      <choose>
        <if locator="page" match="none">
          <label variable="locator" form="short"/>
        </if>
      </choose>
      <text variable="locator"/>
    </group>
  </macro>
  <macro name="note-full">
    <choose>
      <if type="personal_communication">
        <group delimiter=", ">
          <text macro="names-note"/>
          <text variable="genre"/>
          <text term="personal_communication"/>
          <date variable="issued" form="text"/>
          <text macro="locator"/>
        </group>
      </if>
      <else-if type="article-journal">
        <group delimiter=", ">
          <text macro="names-note"/>
          <text macro="title"/>
          <group delimiter=": ">
            <group delimiter=" ">
              <text macro="container"/>
              <date variable="issued" prefix="(" suffix=")">
                <date-part name="year"/>
              </date>
            </group>
            <choose>
              <if variable="locator">
                <text macro="locator"/>
              </if>
              <else>
                <text variable="page"/>
              </else>
            </choose>
          </group>
          <text variable="DOI" prefix="https://doi.org/"/>
        </group>
      </else-if>
      <else-if type="article-newspaper article-magazine webpage post-weblog" match="any">
        <group delimiter=", ">
          <text macro="names-note"/>
          <text macro="title"/>
          <text macro="container"/>
          <date variable="issued" form="text"/>
          <text macro="locator"/>
          <text macro="accessed"/>
          <text variable="URL"/>
        </group>
      </else-if>
      <else>
        <group delimiter=", ">
          <text macro="names-note"/>
          <group delimiter=" ">
            <group delimiter=", ">
              <text macro="title"/>
              <text macro="container"/>
              <group delimiter=" ">
                <text variable="collection-title"/>
                <text variable="collection-number"/>
              </group>
              <text macro="genre"/>
              <group delimiter=" ">
                <number variable="edition" form="ordinal"/>
                <text term="edition" form="short"/>
              </group>
            </group>
            <text macro="publication" prefix="(" suffix=")"/>
          </group>
          <choose>
            <if variable="locator">
              <text macro="locator"/>
            </if>
            <else-if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
              <text variable="page"/>
            </else-if>
          </choose>
          <text macro="accessed"/>
          <text variable="URL"/>
        </group>
      </else>
    </choose>
  </macro>
  <macro name="note-short">
    <choose>
      <if type="personal_communication">
        <group delimiter=", ">
          <text macro="names-short"/>
          <text term="personal_communication"/>
          <text macro="locator"/>
        </group>
      </if>
      <else>
        <group delimiter=", ">
          <text macro="names-short"/>
          <text macro="title-short"/>
          <text macro="locator"/>
        </group>
      </else>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-names="true" disambiguate-add-givenname="true" near-note-distance="5">
    <layout suffix="." delimiter="; ">
      <choose>
        <if position="ibid-with-locator">
          <group delimiter=", ">
            <text term="ibid" text-case="capitalize-first"/>
            <text macro="locator"/>
          </group>
        </if>
        <else-if position="ibid">
          <text term="ibid" text-case="capitalize-first"/>
        </else-if>
        <else-if position="subsequent">
          <text macro="note-short"/>
        </else-if>
        <else>
          <text macro="note-full"/>
        </else>
      </choose>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7" subsequent-author-substitute="———">
    <sort>
      <key macro="names-bib"/>
      <key variable="title"/>
      <key variable="issued"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="names-bib"/>
        <text macro="title"/>
        <choose>
          <if type="article-journal">
            <group delimiter=": ">
              <group delimiter=" ">
                <text macro="container"/>
                <date variable="issued" prefix="(" suffix=")">
                  <date-part name="year"/>
                </date>
              </group>
              <text variable="page"/>
            </group>
          </if>
          <else>
            <group delimiter=". ">
              <group delimiter=", ">
                <text macro="container-bib"/>
                <choose>
                  <if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
                    <text variable="page"/>
                  </if>
                </choose>
              </group>
              <group delimiter=" ">
                <text variable="collection-title"/>
                <text variable="collection-number"/>
              </group>
              <text macro="genre"/>
              <text macro="publication"/>
              <text macro="accessed"/>
              <text variable="URL"/>
            </group>
          </else>
        </choose>
      </group>
    </layout>
  </bibliography>
</style>
`
